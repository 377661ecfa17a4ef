package org.recourse.casework.internal;

import org.recourse.platform.ConflictException;

/** An action that needs an open case, asked of a closed one. */
public class CaseClosedException extends ConflictException {

  public CaseClosedException(String caseNumber) {
    super("case " + caseNumber + " is closed");
  }
}
