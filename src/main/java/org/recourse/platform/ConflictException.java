package org.recourse.platform;

import java.util.Optional;

/**
 * A request that cannot be carried out in the current state of things (a closed case, a reference already
 * used); answered as 409 with the field it concerns, when there is one.
 */
public class ConflictException extends RuntimeException {

  private final String field;
  private final Reason reason;

  public ConflictException(String message) {
    this(null, message);
  }

  public ConflictException(String field, String message) {
    this(field, message, null);
  }

  /** A conflict for one {@code reason} a page may word in its own language; {@code message} is the English. */
  public ConflictException(String field, String message, Reason reason) {
    super(message);
    this.field = field;
    this.reason = reason;
  }

  public Optional<Reason> reason() {
    return Optional.ofNullable(reason);
  }

  public String field() {
    return field;
  }
}
