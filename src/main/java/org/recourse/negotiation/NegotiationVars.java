package org.recourse.negotiation;

/** Routing facts of the negotiation and plan-monitoring models. */
final class NegotiationVars {

  static final String APPROVER_GROUP = "approverGroup";
  static final String SETTLEMENT_APPROVED = "settlementApproved";
  static final String ARRANGEMENT_PAID = "arrangementPaid";
  static final String NEXT_CHECK_AT = "nextCheckAt";
  static final String ARRANGEMENT_BROKEN = "arrangementBroken";
  /** Task-local on the approval task: the offer as the approver sees it. */
  static final String OFFER = "offer";

  static final String AGREED = "AGREED";
  static final String REJECTED = "REJECTED";

  private NegotiationVars() {
  }
}
