package org.recourse.negotiation.internal;

public enum InstallmentStatus {
  DUE,
  PAID,
  /** Partly paid by the end of its grace period. */
  SHORT,
  MISSED,
  /** Short or missed when judged, and brought up to date since: it no longer counts towards a default. */
  CURED,
  /**
   * Still to come when its arrangement ended unkept (a plan or settlement in default) or ended with its case (closed
   * for another reason than payment): no longer asked for.
   */
  CANCELLED;

  /** Judged and not (yet) paid: arrears. */
  public boolean inArrears() {
    return this == SHORT || this == MISSED;
  }
}
