package org.recourse.negotiation;

/** Terms that cannot be arranged, with the reason in words a collector understands. */
public class InvalidArrangementException extends RuntimeException {

  public InvalidArrangementException(String message) {
    super(message);
  }
}
