package org.recourse.payment;

public enum PaymentFileStatus {
  QUEUED,
  RUNNING,
  COMPLETED,
  /** Stopped on a file that cannot be read further; the rows posted before the failure stay posted. */
  FAILED
}
