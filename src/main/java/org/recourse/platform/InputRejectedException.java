package org.recourse.platform;

import java.util.List;
import java.util.Optional;

/** Input refused as a whole, with every field that is wrong; answered as an RFC 9457 problem naming them. */
public class InputRejectedException extends RuntimeException {

  private final List<FieldProblem> problems;
  private final Reason reason;

  public InputRejectedException(String message, List<FieldProblem> problems) {
    this(message, problems, null);
  }

  /** Refused for one {@code reason} a page may word in its own language; {@code message} is the English. */
  public InputRejectedException(String message, List<FieldProblem> problems, Reason reason) {
    super(message);
    this.problems = List.copyOf(problems);
    this.reason = reason;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public Optional<Reason> reason() {
    return Optional.ofNullable(reason);
  }
}
