package org.recourse.platform;

import java.util.List;

/** Input refused as a whole, with every field that is wrong; answered as an RFC 9457 problem naming them. */
public class InputRejectedException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InputRejectedException(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
