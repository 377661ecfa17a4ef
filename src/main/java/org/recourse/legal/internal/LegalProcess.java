package org.recourse.legal.internal;

/** The names the {@code legal-referral} model and the Java code share: its message and routing variables. */
public final class LegalProcess {

  /** Starts the reminder of a hearing inside the suit; its local variable {@link #HEARING_ID} names the hearing. */
  static final String MSG_HEARING_SCHEDULED = "HearingScheduled";
  static final String HEARING_ID = "hearingId";

  /** Routing facts. */
  static final String ELIGIBLE = "eligible";
  static final String REFERRAL_DECISION = "referralDecision";
  static final String REFERRAL_ACCEPTED = "referralAccepted";
  static final String COURT_OUTCOME = "courtOutcome";
  static final String JUDGMENT_ENTERED = "judgmentEntered";
  static final String ENFORCEMENT_STEP = "enforcementStep";
  static final String SETTLEMENT_PAID = "settlementPaid";
  static final String LITIGATION_SATISFIED = "litigationSatisfied";

  /** What the court decided, as the "Record the court's decision" task's form offers it. */
  enum CourtOutcome { HEARING_SET, JUDGMENT, DISMISSED, SETTLED }

  /** The next step after a judgment, as the "Enforce the judgment" task's form offers it. */
  enum EnforcementStep { ENFORCEMENT, SETTLED, UNCOLLECTABLE }

  private LegalProcess() {
  }
}
