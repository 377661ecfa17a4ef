package org.recourse.negotiation.internal;

/** Routing facts of the negotiation and plan-monitoring models. */
public final class NegotiationVars {

  static final String APPROVER_GROUP = "approverGroup";
  static final String SETTLEMENT_APPROVED = "settlementApproved";
  static final String ARRANGEMENT_PAID = "arrangementPaid";
  static final String NEXT_CHECK_AT = "nextCheckAt";
  static final String ARRANGEMENT_BROKEN = "arrangementBroken";
  /** Whether the debtor accepted the plan's schedule or the settlement offer. */
  static final String DEBTOR_ACCEPTED = "debtorAccepted";
  /** When the written settlement offer lapses: the start of the day after its last day. */
  static final String OFFER_EXPIRES_AT = "offerExpiresAt";
  /** Task-local on the negotiation's tasks: the terms as the collector or approver sees them. */
  static final String OFFER = "offer";

  static final String AGREED = "AGREED";
  static final String REJECTED = "REJECTED";
  static final String DECLINED = "DECLINED";
  static final String EXPIRED = "EXPIRED";

  private NegotiationVars() {
  }
}
