package org.recourse.casework.internal;

import java.util.NoSuchElementException;

public class CaseNotFoundException extends NoSuchElementException {

  public CaseNotFoundException(String caseNumber) {
    super("there is no case " + caseNumber);
  }
}
