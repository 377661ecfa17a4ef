package org.recourse.negotiation.internal;

import java.util.List;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.Reason;

/**
 * Terms that cannot be arranged, with the reason in words a collector understands and the term it concerns: refused
 * in the task form with the reason, and over the API as a problem naming the field.
 */
public class InvalidArrangementException extends InputRejectedException {

  public InvalidArrangementException(String field, String message) {
    super(message, List.of(new FieldProblem(field, message)));
  }

  /** Terms refused for a {@code reason} a page may word in its reader's language. */
  public InvalidArrangementException(String field, Reason reason, String message) {
    super(message, List.of(new FieldProblem(field, message)), reason);
  }
}
