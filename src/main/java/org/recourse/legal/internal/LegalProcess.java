package org.recourse.legal.internal;

/** The names the {@code legal-referral} model and the Java code share: its message and routing variables. */
public final class LegalProcess {

  /** Starts the reminder of a hearing inside the suit; its local variable {@link #HEARING_ID} names the hearing. */
  public static final String MSG_HEARING_SCHEDULED = "HearingScheduled";
  public static final String HEARING_ID = "hearingId";

  /** Routing facts. */
  public static final String ELIGIBLE = "eligible";
  public static final String REFERRAL_DECISION = "referralDecision";
  public static final String REFERRAL_ACCEPTED = "referralAccepted";
  public static final String COURT_OUTCOME = "courtOutcome";
  public static final String JUDGMENT_ENTERED = "judgmentEntered";
  public static final String ENFORCEMENT_STEP = "enforcementStep";
  public static final String SETTLEMENT_PAID = "settlementPaid";
  public static final String LITIGATION_SATISFIED = "litigationSatisfied";

  /** What the court decided, as the "Record the court's decision" task's form offers it. */
  public enum CourtOutcome { HEARING_SET, JUDGMENT, DISMISSED, SETTLED }

  /** The next step after a judgment, as the "Enforce the judgment" task's form offers it. */
  public enum EnforcementStep { ENFORCEMENT, SETTLED, UNCOLLECTABLE }

  private LegalProcess() {
  }
}
