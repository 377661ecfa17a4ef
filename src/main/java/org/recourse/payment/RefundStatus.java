package org.recourse.payment;

public enum RefundStatus {
  PENDING,
  /** Paid back: a REFUND entry is in the ledger. */
  APPROVED,
  REJECTED
}
