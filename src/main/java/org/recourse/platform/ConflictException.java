package org.recourse.platform;

/**
 * A request that cannot be carried out in the current state of things (a closed case, a reference already
 * used); answered as 409 with the field it concerns, when there is one.
 */
public class ConflictException extends RuntimeException {

  private final String field;

  public ConflictException(String message) {
    this(null, message);
  }

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
