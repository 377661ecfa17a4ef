package org.recourse.negotiation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.recourse.compliance.LimitationPeriods;
import org.recourse.legal.LegalSettings;
import org.recourse.negotiation.ArrangementKind;
import org.recourse.platform.Money;
import org.springframework.stereotype.Component;

/**
 * What the task that decides an arrangement shows: its terms and schedule, and for an approver the alternatives a
 * settlement is weighed against: the plan the debtor's income and expenditure support, and what legal action would be
 * expected to recover.
 */
@Component
public class OfferFacts {

  /** The form states every amount in dollars (Money.usd), so does the legal alternative. */
  private static final Currency USD = Currency.getInstance("USD");

  private final Arrangements arrangements;
  private final Affordability affordability;
  private final LimitationPeriods limitations;
  private final LegalSettings legal;
  private final Clock clock;

  public OfferFacts(Arrangements arrangements, Affordability affordability, LimitationPeriods limitations,
      LegalSettings legal, Clock clock) {
    this.arrangements = arrangements;
    this.affordability = affordability;
    this.limitations = limitations;
    this.legal = legal;
    this.clock = clock;
  }

  /** The facts of arrangement {@code arrangementId} on case {@code caseNumber}, decided by {@code group}. */
  Map<String, Object> of(String caseNumber, long arrangementId, Object group) {
    Arrangement offer = arrangements.get(arrangementId);
    BigDecimal balance = offer.getBalanceAtProposal();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("kind", offer.getKind().name().toLowerCase());
    facts.put("amount", Money.usd(offer.getTotalAmount()));
    facts.put("balance", Money.usd(balance));
    if (offer.getKind() == ArrangementKind.SETTLEMENT) {
      facts.put("discount", Money.usd(balance.subtract(offer.getTotalAmount())));
      facts.put("discountPercent", Arrangements.discountPercent(offer.getTotalAmount(), balance));
      facts.put("counteredFrom", offer.getCounteredFrom() == null ? "" : Money.usd(offer.getCounteredFrom()));
      facts.put("approvedBy", offer.getDecidedBy() == null ? "" : offer.getDecidedBy());
    }
    facts.put("frequency", offer.getFrequency() == null ? "" : offer.getFrequency().name().toLowerCase());
    facts.put("schedule", offer.getInstallments().stream().map(i -> Map.of("number", i.getSeq(),
        "dueDate", i.getDueDate().toString(), "amount", Money.usd(i.getAmount()))).toList());
    facts.put("dueDate", offer.getInstallments().get(offer.getInstallments().size() - 1).getDueDate().toString());
    facts.put("expiresOn", offer.getExpiresOn() == null ? "" : offer.getExpiresOn().toString());
    facts.put("proposedBy", offer.getProposedBy());
    facts.put("proposedOn", offer.countsPaymentsFrom(clock.getZone()).toString());
    facts.put("authority", group == null ? "" : "collectors".equals(group) ? "within the collector's authority"
        : "needs the approval of " + group);
    Optional<Affordability.Assessment> assessed = affordability.latest(caseNumber);
    facts.put("affordability", assessed.map(assessment -> "Disposable income "
        + Money.usd(assessment.disposableIncome()) + " a month (income " + Money.usd(assessment.statement()
        .getMonthlyIncome()) + ", statement taken by " + assessment.statement().getRecordedBy() + ")")
        .orElse("No income and expenditure statement has been taken."));
    facts.put("planAlternative", planAlternative(assessed, balance));
    facts.put("legalAlternative", legalAlternative(caseNumber, balance));
    return facts;
  }

  /** The plans the debtor's statement can carry, or why none can be named. */
  private static String planAlternative(Optional<Affordability.Assessment> assessed, BigDecimal balance) {
    return assessed.map(assessment -> {
      List<Affordability.PlanProposal> plans = assessment.plans();
      if (plans.isEmpty()) {
        return "No plan within the limits fits the debtor's disposable income of "
            + Money.usd(assessment.disposableIncome()) + " a month.";
      }
      return plans.stream().map(plan -> plan.installments() + " " + plan.frequency().name().toLowerCase()
          + " installments of " + Money.usd(plan.installment())).collect(Collectors.joining(", or "))
          + " would collect the full " + Money.usd(balance) + ".";
    }).orElse("Unknown: take the debtor's income and expenditure to see which plan they could keep.");
  }

  /** What a referral to legal would be expected to bring: the figure the referral's approver sees, in its words. */
  public String legalAlternative(String caseNumber, BigDecimal balance) {
    if (limitations.timeBarred(caseNumber)) {
      return "None: the debt is time-barred and may not be sued on.";
    }
    return "Expected recovery " + legal.expectedRecovery(balance, USD).stated() + ", months from now.";
  }
}
