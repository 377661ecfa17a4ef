package org.recourse.payment;

/** What a ledger entry records. Charges carry a positive amount, credits a negative one. */
public enum LedgerEntryKind {
  /** The amount owed on the itemization date: where the ledger starts. Principal. */
  ITEMIZATION,
  INTEREST,
  FEE,
  /** Payments and credits the creditor applied between the itemization date and placement. */
  PRIOR_CREDIT,
  PAYMENT,
  /** A write-off or correction against a part, such as the discount of a settlement once it is satisfied. */
  ADJUSTMENT,
  /**
   * A payment undone (returned by the bank, charged back, posted in error): a positive amount that owes again
   * exactly the parts the payment had paid.
   */
  REVERSAL,
  /** Money paid back to the debtor out of a credit balance: a positive amount that brings the balance back to zero. */
  REFUND;

  /** Whether the entry gives back a credit rather than charging for the debt: it lowers payments and credits. */
  public boolean undoesCredit() {
    return this == REVERSAL || this == REFUND;
  }
}
