package org.recourse.negotiation.internal;

import java.util.List;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;

/**
 * Terms that cannot be arranged, with the reason in words a collector understands and the term it concerns: refused
 * in the task form with the reason, and over the API as a problem naming the field.
 */
public class InvalidArrangementException extends InputRejectedException {

  public InvalidArrangementException(String field, String message) {
    super(message, List.of(new FieldProblem(field, message)));
  }
}
