package org.recourse.casework;

/** Why a case was closed. */
public enum CloseReason {
  PAID_IN_FULL,
  SETTLED,
  RECALLED,
  UNCOLLECTABLE,
  /** A dispute the creditor could not verify: collection of the debt ends. */
  DISPUTE_UNVERIFIED,
  /** The debt was discharged in bankruptcy. */
  BANKRUPTCY_DISCHARGED,
  /** The debtor died and there is no estate to collect from. */
  DECEASED,
  /** Past its statute of limitations: no demand threatening suit, no referral (12 CFR 1006.26(b)). */
  TIME_BARRED,
  LEGAL_JUDGMENT_SATISFIED,
  LEGAL_SETTLED,
  /** Paid in full during litigation, before any judgment. */
  LEGAL_PAID_IN_FULL,
  LEGAL_DISMISSED,
  LEGAL_UNCOLLECTABLE;

  /** Closed because the debt was paid: a reversal of that payment reopens the case. */
  public boolean closedByPayment() {
    return this == PAID_IN_FULL || this == SETTLED || this == LEGAL_JUDGMENT_SATISFIED || this == LEGAL_SETTLED
        || this == LEGAL_PAID_IN_FULL;
  }
}
