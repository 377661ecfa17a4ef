package org.recourse.payment;

/** What a ledger entry records. Charges carry a positive amount, credits a negative one. */
public enum LedgerEntryKind {
  /** The amount owed on the itemization date: where the ledger starts. */
  ITEMIZATION,
  INTEREST,
  FEE,
  /** Payments and credits the creditor applied between the itemization date and placement. */
  PRIOR_CREDIT,
  PAYMENT,
  /** A write-off or correction, such as the discount of a settlement once it is satisfied. */
  ADJUSTMENT
}
