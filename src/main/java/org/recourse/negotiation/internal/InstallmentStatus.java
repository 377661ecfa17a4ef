package org.recourse.negotiation.internal;

public enum InstallmentStatus {
  DUE,
  PAID,
  /** Partly paid by the end of its grace period. */
  SHORT,
  MISSED,
  /** Short or missed when judged, and brought up to date since: it no longer counts towards a default. */
  CURED;

  /** Judged and not (yet) paid: arrears. */
  public boolean inArrears() {
    return this == SHORT || this == MISSED;
  }
}
