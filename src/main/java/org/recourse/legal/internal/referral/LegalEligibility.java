package org.recourse.legal.internal.referral;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CaseworkSettings;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.Hold;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.compliance.LimitationPeriods;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.DocumentStatus;
import org.recourse.correspondence.Documents;
import org.recourse.correspondence.LetterKind;
import org.recourse.legal.LegalSettings;
import org.recourse.payment.Ledger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a case may be referred for suit, and every condition that stops it: the facts are read from the case,
 * the decision is the {@code legal-eligibility} table (deployed with the processes, so counsel's changes to it are
 * versioned and tested like the models), and the answer names each failing condition with the case's figures.
 */
@Service
public class LegalEligibility {

  static final String DECISION = "legal-eligibility";
  /** What the trace task records for a debtor it did not find (casework's TraceResultListener). */
  static final String NOT_LOCATED = "Not located";

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final Holds holds;
  private final LimitationPeriods limitations;
  private final Documents documents;
  private final CaseworkSettings casework;
  private final LegalSettings settings;
  private final DecisionService decisions;
  private final Clock clock;

  LegalEligibility(CollectionCases cases, AccountRegistry accounts, Ledger ledger, Holds holds,
      LimitationPeriods limitations, Documents documents, CaseworkSettings casework, LegalSettings settings,
      DecisionService decisions, Clock clock) {
    this.cases = cases;
    this.accounts = accounts;
    this.ledger = ledger;
    this.holds = holds;
    this.limitations = limitations;
    this.documents = documents;
    this.casework = casework;
    this.settings = settings;
    this.decisions = decisions;
    this.clock = clock;
  }

  /**
   * What the decision is made on, as of {@code today}.
   *
   * @param validationPeriodEnds null while the validation notice has not been sent
   * @param openDisputeReceivedOn the oldest dispute not yet answered; null when none
   * @param holdInForce a hold other than a dispute or bankruptcy that stops collection, in words; null when none
   * @param bankruptcy a bankruptcy in force, in words; null when none
   * @param finalDemandSentOn the day the final demand went out to the debtor; null when it has not
   * @param mailingAddress where the debtor is, on one line; null when no address is on file
   * @param notLocatedBecause why the debtor counts as not located; null when located
   */
  public record Facts(LocalDate today, BigDecimal balance, BigDecimal minimumBalance, Currency currency,
      LocalDate validationPeriodEnds, LocalDate openDisputeReceivedOn, String holdInForce, String bankruptcy,
      boolean timeBarred, String limitationState, LocalDate limitationExpiresOn, LocalDate finalDemandSentOn,
      int waitingPeriodDays, String mailingAddress, String notLocatedBecause) {

    public boolean validationPeriodOver() {
      return validationPeriodEnds != null && today.isAfter(validationPeriodEnds);
    }

    /** Whole days since the final demand went out; 0 when none did. */
    public long daysSinceFinalDemand() {
      return finalDemandSentOn == null ? 0 : ChronoUnit.DAYS.between(finalDemandSentOn, today);
    }

    /** The decision's inputs, by the names the table reads. */
    Map<String, Object> inputs() {
      return Variables.createVariables()
          .putValue("balance", balance.doubleValue())
          .putValue("minimumBalance", minimumBalance.doubleValue())
          .putValue("validationPeriodOver", validationPeriodOver())
          .putValue("openDispute", openDisputeReceivedOn != null)
          .putValue("holdInForce", holdInForce != null)
          .putValue("timeBarred", timeBarred)
          .putValue("bankrupt", bankruptcy != null)
          .putValue("finalDemandSent", finalDemandSentOn != null)
          .putValue("daysSinceFinalDemand", daysSinceFinalDemand())
          .putValue("waitingPeriodDays", (long) waitingPeriodDays)
          .putValue("debtorLocated", notLocatedBecause == null);
    }
  }

  /**
   * The answer.
   *
   * @param failed the conditions that fail, in the order of {@link EligibilityCondition}; empty when eligible
   * @param reasons one sentence per failing condition: the decision's reason and the case's figures
   */
  public record Eligibility(boolean eligible, List<EligibilityCondition> failed, List<String> reasons, Facts facts) {

    /** How the case meets every condition, when it is eligible: the grounds of the referral. */
    public List<String> conditionsMet() {
      return Arrays.stream(EligibilityCondition.values()).map(c -> c.met(facts)).toList();
    }
  }

  /** Decides the case's eligibility now. Records nothing. */
  @Transactional(readOnly = true)
  public Eligibility assess(String caseNumber) {
    return decide(facts(caseNumber));
  }

  /** The decision on given facts, with the table as deployed. */
  Eligibility decide(Facts facts) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey(DECISION).variables(facts.inputs()).evaluate();
    boolean eligible = false;
    List<EligibilityCondition> failed = new ArrayList<>();
    List<String> explanations = new ArrayList<>();
    for (DmnDecisionResultEntries rule : result) {
      if (Boolean.TRUE.equals(rule.getEntry("eligible"))) {
        eligible = true;
      } else {
        failed.add(EligibilityCondition.valueOf(rule.getEntry("reason")));
        explanations.add(rule.getEntry("explanation"));
      }
    }
    if (eligible == !failed.isEmpty()) {
      throw new IllegalStateException("The " + DECISION + " decision found the case " + (eligible ? "eligible" : "not"
          + " eligible") + " with failing conditions " + failed + ": its rules contradict each other");
    }
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < failed.size(); i++) {
      reasons.add(explanations.get(i) + ": " + failed.get(i).figures(facts) + ".");
    }
    return new Eligibility(eligible, List.copyOf(failed), List.copyOf(reasons), facts);
  }

  @Transactional(readOnly = true)
  public Facts facts(String caseNumber) {
    CollectionCase subject = cases.require(caseNumber);
    LocalDate today = LocalDate.now(clock);
    AccountSummary account = accounts.summary(subject.getAccountId());
    List<Hold> active = holds.of(caseNumber).stream().filter(Hold::isActive).toList();
    LocalDate disputeReceived = active.stream().filter(h -> h.getKind() == HoldKind.DISPUTE)
        .map(Hold::getReceivedOn).min(Comparator.naturalOrder()).orElse(null);
    String bankruptcy = active.stream().filter(h -> h.getKind() == HoldKind.BANKRUPTCY).findFirst()
        .map(h -> "a bankruptcy notice received on " + h.getReceivedOn() + " (" + h.getDetail()
            + "): the automatic stay forbids suit").orElse(null);
    String otherHold = active.stream()
        .filter(h -> h.getKind() != HoldKind.DISPUTE && h.getKind() != HoldKind.BANKRUPTCY && h.pausesCollection())
        .findFirst().map(h -> h.getKind() == HoldKind.DECEASED
            ? "the debtor died (notice received " + h.getReceivedOn() + ") and no representative of the estate is named"
            : h.getKind().name().toLowerCase() + " hold since " + h.getReceivedOn())
        .orElse(null);
    LimitationPeriods.Limitation limitation = limitations.of(caseNumber);
    String mailing = account.mailingAddress() == null ? null : account.mailingAddress().oneLine();
    return new Facts(today, ledger.balance(subject.getAccountId()), settings.getMinimumBalance(), account.currency(),
        subject.getValidationPeriodEnds(), disputeReceived, otherHold, bankruptcy, limitation.timeBarred(),
        limitation.state().displayName(), limitation.expiresOn(), finalDemandSentOn(caseNumber).orElse(null),
        (int) casework.getFinalDemandWaitingPeriod().toDays(), mailing, notLocatedBecause(subject, mailing));
  }

  /**
   * The date of the last final demand that went out (e-mailed, or posted in a confirmed print batch): the date the
   * debtor reads on it, from which the letter counts the days they have to pay.
   */
  private Optional<LocalDate> finalDemandSentOn(String caseNumber) {
    return documents.ofCase(caseNumber).stream()
        .filter(d -> LetterKind.FINAL_DEMAND.template().equals(d.getKind()) && d.getStatus() == DocumentStatus.SENT)
        .map(Document::getLetterDate).max(Comparator.naturalOrder());
  }

  /** Why the debtor cannot be served: no address, being traced, or the last trace did not find them; else null. */
  private String notLocatedBecause(CollectionCase subject, String mailing) {
    if (mailing == null) {
      return "no mailing address is on file";
    }
    if (subject.getStatus() == CaseStatus.TRACING) {
      return "the debtor is being traced";
    }
    return cases.history(subject).stream().filter(e -> e.getKind() == CaseEventKind.TRACE_RESULT)
        .max(Comparator.comparing(CaseEvent::getOccurredAt).thenComparing(CaseEvent::getId))
        .filter(e -> e.getDetail() != null && e.getDetail().startsWith(NOT_LOCATED))
        .map(e -> "the last trace, on " + LocalDate.ofInstant(e.getOccurredAt(), clock.getZone())
            + ", did not locate the debtor")
        .orElse(null);
  }
}
