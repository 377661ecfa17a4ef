package org.recourse.negotiation;

public enum InstallmentStatus {
  DUE,
  PAID,
  /** Partly paid by the end of its grace period. */
  SHORT,
  MISSED
}
