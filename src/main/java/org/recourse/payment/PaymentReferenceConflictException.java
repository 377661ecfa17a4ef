package org.recourse.payment;

import org.recourse.platform.ConflictException;

/** A payment reference that was already used for a different payment. */
public class PaymentReferenceConflictException extends ConflictException {

  private final String reference;

  public PaymentReferenceConflictException(String reference) {
    super("reference", "reference " + reference + " was already posted for a different account or amount");
    this.reference = reference;
  }

  public String reference() {
    return reference;
  }
}
