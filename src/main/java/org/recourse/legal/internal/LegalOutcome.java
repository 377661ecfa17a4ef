package org.recourse.legal.internal;

/**
 * How a referral ended, as the {@code legal-referral} process hands it to the spine ({@code legalOutcome}): returned to
 * collections, or the outcome of litigation, with which the spine closes the case ({@code LEGAL_} and the outcome).
 */
public enum LegalOutcome {
  /** Not referred after all (ineligible, rejected by a manager) or returned by the legal team: back to collections. */
  RETURNED,
  /** The judgment paid in full, through enforcement or otherwise. */
  JUDGMENT_SATISFIED,
  /** A settlement agreed in litigation was paid; the rest is written off. */
  SETTLED,
  /** The balance paid in full during litigation, before any judgment. */
  PAID_IN_FULL,
  DISMISSED,
  /** Nothing more to recover: the debtor is judgment-proof or cannot be found. */
  UNCOLLECTABLE
}
