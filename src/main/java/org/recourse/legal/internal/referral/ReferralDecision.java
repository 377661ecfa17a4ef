package org.recourse.legal.internal.referral;

/** A manager's decision on a referral, as the approval task's form offers it and the process routes on it. */
public enum ReferralDecision {
  APPROVED,
  /** Not to be sued: back to collections, with the reason. */
  REJECTED,
  /** More work first (find assets, confirm the address, obtain the agreement): back to the collector. */
  SENT_BACK
}
