package org.recourse.legal.internal.referral;

import org.recourse.legal.internal.litigation.Litigation;

/** Where a referral stands. */
public enum ReferralStatus {
  /** Eligible, waiting for a manager's decision. */
  AWAITING_APPROVAL,
  /** The eligibility decision found conditions that fail: back to collections. */
  INELIGIBLE,
  /** A manager asked the collector for more work before deciding. */
  SENT_BACK,
  /** A manager rejected it: back to collections. */
  REJECTED,
  /** Approved: the court packet is being made. */
  APPROVED,
  /** The packet is with the legal team, who accept or return the case. */
  DELIVERED,
  /** The legal team returned it to collections. */
  RETURNED,
  /** Accepted by the legal team: suit, judgment, enforcement. */
  IN_LITIGATION,
  /** Litigation ended with an outcome. */
  CONCLUDED,
  /** The case closed while it was referred (paid in full, recalled, a hold that ended collection). */
  WITHDRAWN;

  public boolean isOpen() {
    return this == AWAITING_APPROVAL || this == SENT_BACK || this == APPROVED || this == DELIVERED
        || this == IN_LITIGATION;
  }
}
