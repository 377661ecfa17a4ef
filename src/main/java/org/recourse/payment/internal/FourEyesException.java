package org.recourse.payment.internal;

/** A decision asked of the person whose request it decides; another person must take it. */
public class FourEyesException extends RuntimeException {

  public FourEyesException(String message) {
    super(message);
  }
}
