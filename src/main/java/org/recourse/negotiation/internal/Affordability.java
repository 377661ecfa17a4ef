package org.recourse.negotiation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.negotiation.Frequency;
import org.recourse.negotiation.IncomeAndExpenditure;
import org.recourse.negotiation.ScheduledInstallment;
import org.recourse.negotiation.internal.AffordabilityStatementRepository;
import org.recourse.negotiation.internal.InstallmentSchedule;
import org.recourse.negotiation.internal.InvalidArrangementException;
import org.recourse.negotiation.internal.NegotiationSettings;
import org.recourse.payment.Ledger;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.Money;
import org.recourse.platform.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Income and expenditure: recorded per case, the disposable income it leaves, and the plans that income can carry
 * within the plan limits. A plan the statement cannot carry is refused when proposed.
 */
@Service
public class Affordability {

  private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
  private static final BigDecimal LARGEST_FIGURE = new BigDecimal("10000000.00");

  private final AffordabilityStatementRepository statements;
  private final CollectionCases cases;
  private final Ledger ledger;
  private final NegotiationSettings settings;
  private final Clock clock;

  Affordability(AffordabilityStatementRepository statements, CollectionCases cases, Ledger ledger,
      NegotiationSettings settings, Clock clock) {
    this.statements = statements;
    this.cases = cases;
    this.ledger = ledger;
    this.settings = settings;
    this.clock = clock;
  }

  /** A plan the disposable income can carry: how often, how many installments, and of how much. */
  public record PlanProposal(Frequency frequency, int installments, BigDecimal installment, BigDecimal lastInstallment) {
  }

  /** A statement with what it leaves and what it allows. */
  public record Assessment(AffordabilityStatement statement, BigDecimal disposableIncome, List<PlanProposal> plans) {
  }

  @Transactional
  public Assessment record(String caseNumber, IncomeAndExpenditure figures, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    check(problems, "monthlyIncome", figures.monthlyIncome(), "The monthly income");
    check(problems, "fixedCosts", figures.fixedCosts(), "The fixed costs");
    check(problems, "flexibleCosts", figures.flexibleCosts(), "The flexible costs");
    check(problems, "otherDebts", figures.otherDebts(), "The payments on other debts");
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The income and expenditure were not recorded", problems);
    }
    CollectionCase subject = cases.requireOpen(caseNumber);
    AffordabilityStatement statement = statements.save(new AffordabilityStatement(subject.getId(),
        new IncomeAndExpenditure(scaled(figures.monthlyIncome()), scaled(figures.fixedCosts()),
            scaled(figures.flexibleCosts()), scaled(figures.otherDebts())), actor, clock.instant()));
    cases.record(caseNumber, CaseEventKind.AFFORDABILITY_RECORDED, actor, "Income " + Money.usd(
        statement.getMonthlyIncome()) + " a month; fixed costs " + Money.usd(statement.getFixedCosts())
        + ", flexible costs " + Money.usd(statement.getFlexibleCosts()) + ", other debts "
        + Money.usd(statement.getOtherDebts()) + "; disposable " + Money.usd(statement.disposableIncome()));
    return assess(subject, statement);
  }

  @Transactional(readOnly = true)
  public Optional<Assessment> latest(String caseNumber) {
    CollectionCase subject = cases.require(caseNumber);
    return statements.findFirstByCaseIdOrderByIdDesc(subject.getId()).map(s -> assess(subject, s));
  }

  /**
   * Refuses a plan whose installments the latest statement cannot carry; with no statement on record, nothing is
   * known against it.
   */
  @Transactional(readOnly = true)
  public void requireAffordable(CollectionCase subject, Frequency frequency, BigDecimal regularInstallment) {
    statements.findFirstByCaseIdOrderByIdDesc(subject.getId())
        .ifPresent(statement -> requireAffordable(statement.disposableIncome(), frequency, regularInstallment));
  }

  /** Refuses installments larger than what a month's disposable income leaves per period. */
  public static void requireAffordable(BigDecimal disposableIncome, Frequency frequency, BigDecimal installment) {
    BigDecimal perPeriod = perPeriod(disposableIncome, frequency);
    if (installment.compareTo(perPeriod) > 0) {
      throw new InvalidArrangementException("planInstallments", Reason.of("plan.unaffordable", installment, frequency,
          perPeriod.max(BigDecimal.ZERO.setScale(2))), "Installments of " + Money.usd(installment)
          + " " + frequency.name().toLowerCase() + " are more than the debtor's income and expenditure leave ("
          + Money.usd(perPeriod.max(BigDecimal.ZERO.setScale(2))) + " " + frequency.name().toLowerCase()
          + "); offer more, smaller installments or take a new statement.");
    }
  }

  private Assessment assess(CollectionCase subject, AffordabilityStatement statement) {
    BigDecimal balance = ledger.balance(subject.getAccountId());
    BigDecimal disposable = statement.disposableIncome();
    List<PlanProposal> plans = new ArrayList<>();
    for (Frequency frequency : Frequency.values()) {
      BigDecimal installment = perPeriod(disposable, frequency);
      if (balance.signum() <= 0 || installment.compareTo(settings.getMinInstallmentAmount()) < 0) {
        continue;
      }
      int count = balance.divide(installment, 0, RoundingMode.CEILING).intValueExact();
      if (count < 2 || count > settings.getMaxPlanInstallments()) {
        // One installment is a payment in full; more than the limit cannot be offered.
        continue;
      }
      // The same count of even installments: the debtor pays no more each time than the statement allows.
      List<ScheduledInstallment> even = InstallmentSchedule.evenly(balance, count, frequency, clock.instant()
          .atZone(clock.getZone()).toLocalDate());
      plans.add(new PlanProposal(frequency, count, even.get(0).amount(), even.get(count - 1).amount()));
    }
    return new Assessment(statement, disposable, plans);
  }

  /** The disposable income of a month, spread over a week or a fortnight; down to the cent. */
  static BigDecimal perPeriod(BigDecimal monthly, Frequency frequency) {
    return switch (frequency) {
      case MONTHLY -> monthly.setScale(2, RoundingMode.DOWN);
      case FORTNIGHTLY -> monthly.multiply(MONTHS_PER_YEAR).divide(BigDecimal.valueOf(26), 2, RoundingMode.DOWN);
      case WEEKLY -> monthly.multiply(MONTHS_PER_YEAR).divide(BigDecimal.valueOf(52), 2, RoundingMode.DOWN);
    };
  }

  private static void check(List<FieldProblem> problems, String field, BigDecimal value, String what) {
    if (value == null) {
      problems.add(new FieldProblem(field, what + " is required (0 if there is none)"));
    } else if (value.signum() < 0) {
      problems.add(new FieldProblem(field, what + " cannot be negative"));
    } else if (value.compareTo(LARGEST_FIGURE) > 0 || value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem(field, what + " must be an amount in dollars and cents up to "
          + Money.usd(LARGEST_FIGURE)));
    }
  }

  private static BigDecimal scaled(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }
}
