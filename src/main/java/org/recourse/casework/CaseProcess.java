package org.recourse.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** The names the processes and the Java code share: process keys, messages and routing variables. */
public final class CaseProcess {

  /**
   * The spine. The processes it calls (negotiation and plan-monitoring, negotiation's; legal-referral, legal's;
   * collection-hold, compliance's) are named by the models that call them, never by casework's code.
   */
  public static final String COLLECTION_CASE = "collection-case";
  /** Where the spine hands a case (back) to the collector: a reopened case starts there. */
  public static final String BACK_TO_COLLECTOR = "Gateway_BackToCollector";

  public static final String MSG_PAID_IN_FULL = "PaidInFull";
  public static final String MSG_ACCOUNT_RECALLED = "AccountRecalled";
  public static final String MSG_PAYMENT_RECEIVED = "PaymentReceived";
  /** A payment was reversed (returned, charged back): monitoring looks at the ledger again. */
  public static final String MSG_PAYMENT_REVERSED = "PaymentReversed";
  /** Start the spine's event sub-processes for holds, and wake whatever waits for a hold to lift. */
  public static final String MSG_DISPUTE_RECEIVED = "DisputeReceived";
  public static final String MSG_BANKRUPTCY_FILED = "BankruptcyFiled";
  public static final String MSG_DEBTOR_DECEASED = "DebtorDeceased";
  public static final String MSG_SERVICEMEMBER_REPORTED = "ServicememberReported";
  public static final String MSG_CEASE_REQUESTED = "CeaseRequested";
  public static final String MSG_HOLD_LIFTED = "HoldLifted";

  /** Routing facts the models branch on. Everything else lives in Recourse's tables. */
  public static final class Vars {
    public static final String SEGMENT = "segment";
    public static final String PRIORITY = "priority";
    public static final String QUEUE = "queue";
    public static final String CONTACT_OUTCOME = "contactOutcome";
    public static final String CONTACT_ATTEMPTS_EXHAUSTED = "contactAttemptsExhausted";
    public static final String DEBTOR_LOCATED = "debtorLocated";
    public static final String ARRANGEMENT_ID = "arrangementId";
    public static final String NEGOTIATION_OUTCOME = "negotiationOutcome";
    public static final String MONITORING_OUTCOME = "monitoringOutcome";
    public static final String LEGAL_OUTCOME = "legalOutcome";
    public static final String CLOSE_REASON = "closeReason";
    /** After a default: whether the case goes back to the collector to arrange again, rather than to a demand. */
    public static final String RENEGOTIATION_ALLOWED = "renegotiationAllowed";
    /** The first moment after the validation period: no demand before it (set by the validation notice). */
    public static final String VALIDATION_PERIOD_OVER = "validationPeriodOver";
    /** The first moment after the day the final demand asks payment by: no referral before it (set by the demand). */
    public static final String FINAL_DEMAND_PERIOD_OVER = "finalDemandPeriodOver";
    /** Task-local: what a person needs on the form, filled when the task is created. */
    public static final String CASE_FACTS = "caseFacts";
    /**
     * Transient, at placement: the line that names the case's first task (case number, debtor, balance), known
     * from the placement, so that the task is named without reading back what the placement has not yet written.
     */
    public static final String CASE_LABEL = "caseLabel";

    /** Inputs of the collection-strategy decision; transient, never stored by the engine. */
    public static final String BALANCE = "balance";
    public static final String DAYS_DELINQUENT = "daysDelinquent";
    public static final String HAS_PHONE = "hasPhone";
    public static final String HAS_EMAIL = "hasEmail";

    private Vars() {
    }
  }

  /**
   * The value of a period's {@code ...PeriodOver} variable, which a timer waits for: the start of the day after the
   * period's last day, in the business time zone.
   */
  public static Date periodOver(LocalDate lastDay, ZoneId zone) {
    return Date.from(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private CaseProcess() {
  }
}
