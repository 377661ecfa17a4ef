package org.recourse.payment.internal;

public enum RefundStatus {
  PENDING,
  /** Paid back: a REFUND entry is in the ledger. */
  APPROVED,
  REJECTED
}
