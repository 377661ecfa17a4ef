package org.recourse.negotiation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.negotiation.ArrangementKind;
import org.recourse.negotiation.Frequency;
import org.recourse.negotiation.ScheduledInstallment;
import org.recourse.negotiation.internal.ArrangementRepository;
import org.recourse.negotiation.internal.InstallmentSchedule;
import org.recourse.negotiation.internal.InvalidArrangementException;
import org.recourse.negotiation.internal.NegotiationSettings;
import org.recourse.payment.Ledger;
import org.recourse.platform.Money;
import org.recourse.platform.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises, plans and settlements proposed on a case: checked against the configured limits and the debtor's
 * affordability, scheduled, and recorded for approval. Terms that cannot be arranged are refused with the reason and
 * the term they concern, and nothing is recorded.
 */
@Service
public class ArrangementProposals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ArrangementRepository arrangements;
  private final CollectionCases cases;
  private final Ledger ledger;
  private final NegotiationSettings settings;
  private final Affordability affordability;
  private final Clock clock;

  ArrangementProposals(ArrangementRepository arrangements, CollectionCases cases, Ledger ledger,
      NegotiationSettings settings, Affordability affordability, Clock clock) {
    this.arrangements = arrangements;
    this.cases = cases;
    this.ledger = ledger;
    this.settings = settings;
    this.affordability = affordability;
    this.clock = clock;
  }

  /** The schedule of a counter-offer: {@code counter} paid on the offer's own dates, checked as an offer would be. */
  List<ScheduledInstallment> counterSchedule(Arrangement offer, BigDecimal counter) {
    return settlement(offer.getBalanceAtProposal(), new SettlementOffer(counter,
        offer.getInstallments().get(0).getDueDate(), offer.getInstallments().size()), false);
  }

  /**
   * A plan's terms: {@code installments} regular installments every {@code frequency} from {@code firstDate}, after an
   * optional down payment on that date; or, instead, an explicit schedule that must add up to the balance.
   */
  public record PlanTerms(Integer installments, Frequency frequency, LocalDate firstDate, BigDecimal downPayment,
      List<ScheduledInstallment> schedule) {

    public static PlanTerms even(int installments, Frequency frequency, LocalDate firstDate, BigDecimal downPayment) {
      return new PlanTerms(installments, frequency, firstDate, downPayment, null);
    }
  }

  /** A settlement's terms: a lump sum on {@code firstDate}, or {@code payments} monthly payments from it. */
  public record SettlementOffer(BigDecimal amount, LocalDate firstDate, int payments) {
  }

  @Transactional
  public Arrangement proposePromise(String caseNumber, BigDecimal amount, LocalDate by, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    BigDecimal balance = owed(subject);
    List<ScheduledInstallment> schedule = promise(balance, amount, by);
    return propose(subject, ArrangementKind.PROMISE, balance, null, schedule, actor,
        "Promise to pay " + Money.usd(amount) + " by " + by);
  }

  @Transactional
  public Arrangement proposePlan(String caseNumber, PlanTerms terms, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    BigDecimal balance = owed(subject);
    List<ScheduledInstallment> schedule = plan(subject, balance, terms);
    ScheduledInstallment regular = schedule.get(schedule.size() > 1 ? 1 : 0);
    boolean down = terms.schedule() == null && terms.downPayment() != null && terms.downPayment().signum() > 0;
    return propose(subject, ArrangementKind.PLAN, balance, terms.frequency(), schedule, actor,
        "Plan: " + (down ? "down payment " + Money.usd(schedule.get(0).amount()) + ", then " : "")
            + (down ? schedule.size() - 1 : schedule.size()) + " " + terms.frequency().name().toLowerCase()
            + " installments of " + Money.usd(regular.amount()) + " from " + schedule.get(0).dueDate());
  }

  @Transactional
  public Arrangement proposeSettlement(String caseNumber, SettlementOffer offer, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    BigDecimal balance = owed(subject);
    List<ScheduledInstallment> schedule = settlement(balance, offer);
    return propose(subject, ArrangementKind.SETTLEMENT, balance, Frequency.MONTHLY, schedule, actor,
        "Settlement offer " + Money.usd(offer.amount()) + " against " + Money.usd(balance) + " ("
            + Arrangements.discountPercent(offer.amount(), balance) + " % discount)"
            + (offer.payments() > 1 ? " in " + offer.payments() + " monthly payments" : "") + ", from "
            + offer.firstDate());
  }

  /** The schedule these terms would give the case now, checked as a proposal would be; nothing is recorded. */
  @Transactional(readOnly = true)
  public List<ScheduledInstallment> previewPlan(String caseNumber, PlanTerms terms) {
    CollectionCase subject = cases.require(caseNumber);
    return plan(subject, owed(subject), terms);
  }

  @Transactional(readOnly = true)
  public List<ScheduledInstallment> previewSettlement(String caseNumber, SettlementOffer offer) {
    return settlement(owed(cases.require(caseNumber)), offer);
  }

  @Transactional(readOnly = true)
  public List<ScheduledInstallment> previewPromise(String caseNumber, BigDecimal amount, LocalDate by) {
    return promise(owed(cases.require(caseNumber)), amount, by);
  }

  private List<ScheduledInstallment> promise(BigDecimal balance, BigDecimal amount, LocalDate by) {
    requireAmount("promiseAmount", amount, "The promised amount");
    if (amount.compareTo(balance) > 0) {
      throw new InvalidArrangementException("promiseAmount",
          Reason.of("promise.more-than-balance", amount, balance), "The promised amount of " + Money.usd(amount)
          + " is more than the balance of " + Money.usd(balance) + ".");
    }
    requireAhead("promiseDate", by, "The promise date");
    return List.of(new ScheduledInstallment(by, amount));
  }

  private List<ScheduledInstallment> plan(CollectionCase subject, BigDecimal balance, PlanTerms terms) {
    if (terms.frequency() == null) {
      throw new InvalidArrangementException("planFrequency", Reason.of("frequency.required"), "Say how often the installments fall due.");
    }
    List<ScheduledInstallment> schedule = terms.schedule() != null ? explicit(balance, terms.schedule())
        : even(balance, terms);
    ScheduledInstallment regular = schedule.get(schedule.size() > 1 ? 1 : 0);
    affordability.requireAffordable(subject, terms.frequency(), regular.amount());
    return schedule;
  }

  private List<ScheduledInstallment> even(BigDecimal balance, PlanTerms terms) {
    BigDecimal down = terms.downPayment() == null ? BigDecimal.ZERO : terms.downPayment();
    BigDecimal minimumDown = balance.multiply(settings.getMinDownPaymentPercent()).divide(HUNDRED, 2,
        RoundingMode.UP);
    if (down.signum() < 0) {
      throw new InvalidArrangementException("planDownPayment", Reason.of("down-payment.negative"),
          "A down payment cannot be negative.");
    }
    if (down.compareTo(minimumDown) < 0) {
      throw new InvalidArrangementException("planDownPayment", Reason.of("down-payment.too-small", minimumDown,
          settings.getMinDownPaymentPercent()), "A plan starts with a down payment of at least "
          + Money.usd(minimumDown) + " (" + settings.getMinDownPaymentPercent().stripTrailingZeros().toPlainString()
          + " % of the balance).");
    }
    if (down.compareTo(balance) >= 0) {
      throw new InvalidArrangementException("planDownPayment", Reason.of("down-payment.pays-all", down, balance),
          "A down payment of " + Money.usd(down)
          + " pays the whole balance of " + Money.usd(balance) + "; record a payment in full instead.");
    }
    int count = terms.installments() == null ? 0 : terms.installments();
    int total = count + (down.signum() > 0 ? 1 : 0);
    if (count < 1 || total < 2 || total > settings.getMaxPlanInstallments()) {
      throw new InvalidArrangementException("planInstallments", Reason.of("installments.count",
          settings.getMaxPlanInstallments(), total), "A plan has between 2 and "
          + settings.getMaxPlanInstallments() + " installments, down payment included; " + total
          + " were asked for.");
    }
    requireAhead("planFirstDate", terms.firstDate(), "The first installment date");
    List<ScheduledInstallment> schedule = new ArrayList<>(total);
    if (down.signum() > 0) {
      schedule.add(new ScheduledInstallment(terms.firstDate(), down.setScale(2, RoundingMode.UNNECESSARY)));
      LocalDate afterDown = terms.frequency().dueDate(terms.firstDate(), 1);
      schedule.addAll(InstallmentSchedule.evenly(balance.subtract(down), count, terms.frequency(), afterDown));
    } else {
      schedule.addAll(InstallmentSchedule.evenly(balance, count, terms.frequency(), terms.firstDate()));
    }
    BigDecimal regular = schedule.get(down.signum() > 0 ? 1 : 0).amount();
    if (regular.compareTo(settings.getMinInstallmentAmount()) < 0) {
      throw new InvalidArrangementException("planInstallments", Reason.of("installment.too-small", regular,
          settings.getMinInstallmentAmount()), "Installments of " + Money.usd(regular)
          + " are below the smallest allowed, " + Money.usd(settings.getMinInstallmentAmount())
          + "; offer fewer installments.");
    }
    return schedule;
  }

  /** A schedule a person wrote out: it must add up to the balance, in order, within the limits. */
  private List<ScheduledInstallment> explicit(BigDecimal balance, List<ScheduledInstallment> schedule) {
    if (schedule.size() < 2 || schedule.size() > settings.getMaxPlanInstallments()) {
      throw new InvalidArrangementException("schedule", "A plan has between 2 and "
          + settings.getMaxPlanInstallments() + " installments; the schedule has " + schedule.size() + ".");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < schedule.size(); i++) {
      ScheduledInstallment line = schedule.get(i);
      String field = "schedule[" + i + "]";
      if (line.dueDate() == null || line.amount() == null) {
        throw new InvalidArrangementException(field, "Installment " + (i + 1) + " needs a due date and an amount.");
      }
      requireAmount(field + ".amount", line.amount(), "Installment " + (i + 1));
      if (i > 0 && line.amount().compareTo(settings.getMinInstallmentAmount()) < 0) {
        throw new InvalidArrangementException(field + ".amount", "Installment " + (i + 1) + " of "
            + Money.usd(line.amount()) + " is below the smallest allowed, "
            + Money.usd(settings.getMinInstallmentAmount()) + ".");
      }
      if (i == 0) {
        requireAhead(field + ".dueDate", line.dueDate(), "The first installment date");
      } else if (!line.dueDate().isAfter(schedule.get(i - 1).dueDate())) {
        throw new InvalidArrangementException(field + ".dueDate", "Installment " + (i + 1) + " falls due on "
            + line.dueDate() + ", not after installment " + i + ".");
      }
      sum = sum.add(line.amount());
    }
    if (sum.compareTo(balance) != 0) {
      throw new InvalidArrangementException("schedule", "The installments add up to " + Money.usd(sum)
          + ", not the balance of " + Money.usd(balance) + ".");
    }
    return schedule.stream().map(line -> new ScheduledInstallment(line.dueDate(), line.amount().setScale(2,
        RoundingMode.UNNECESSARY))).toList();
  }

  private List<ScheduledInstallment> settlement(BigDecimal balance, SettlementOffer offer) {
    return settlement(balance, offer, true);
  }

  private List<ScheduledInstallment> settlement(BigDecimal balance, SettlementOffer offer, boolean checkDate) {
    String amountField = checkDate ? "settlementAmount" : "counterAmount";
    requireAmount(amountField, offer.amount(), "The settlement amount");
    if (offer.amount().compareTo(balance) >= 0) {
      throw new InvalidArrangementException(amountField, Reason.of("settlement.not-less", balance, offer.amount()),
          "A settlement is for less than the balance of "
          + Money.usd(balance) + "; " + Money.usd(offer.amount()) + " is not. Record a promise or a plan instead.");
    }
    if (offer.payments() < 1 || offer.payments() > settings.getMaxSettlementPayments()) {
      throw new InvalidArrangementException("settlementPayments", Reason.of("settlement.payments",
          settings.getMaxSettlementPayments(), offer.payments()), "A settlement is paid at once or in at most "
          + settings.getMaxSettlementPayments() + " monthly payments; " + offer.payments() + " were asked for.");
    }
    if (checkDate) {
      requireAhead("settlementDate", offer.firstDate(), "The settlement date");
    }
    List<ScheduledInstallment> schedule = InstallmentSchedule.evenly(offer.amount().setScale(2,
        RoundingMode.UNNECESSARY), offer.payments(), Frequency.MONTHLY, offer.firstDate());
    if (offer.payments() > 1 && schedule.get(0).amount().compareTo(settings.getMinInstallmentAmount()) < 0) {
      throw new InvalidArrangementException("settlementPayments", Reason.of("installment.too-small",
          schedule.get(0).amount(), settings.getMinInstallmentAmount()), "Payments of " + Money.usd(schedule.get(0).amount())
          + " are below the smallest allowed, " + Money.usd(settings.getMinInstallmentAmount()) + ".");
    }
    return schedule;
  }

  private Arrangement propose(CollectionCase subject, ArrangementKind kind, BigDecimal balance, Frequency frequency,
      List<ScheduledInstallment> schedule, String actor, String description) {
    Arrangement proposed = arrangements.save(new Arrangement(subject.getId(), kind, balance, frequency, actor,
        clock.instant(), schedule));
    cases.record(subject.getCaseNumber(), CaseEventKind.ARRANGEMENT_PROPOSED, actor, description);
    return proposed;
  }

  private BigDecimal owed(CollectionCase subject) {
    BigDecimal balance = ledger.balance(subject.getAccountId());
    if (balance.signum() <= 0) {
      throw new InvalidArrangementException("outcome", Reason.of("nothing-owed"), "Nothing is owed on this account.");
    }
    return balance;
  }

  private static void requireAmount(String field, BigDecimal amount, String what) {
    if (amount == null || amount.signum() <= 0) {
      throw new InvalidArrangementException(field, Reason.of("amount.not-positive"), what + " must be greater than zero.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidArrangementException(field, Reason.of("amount.not-cents"), what + " of " + amount.toPlainString()
          + " is not an amount in dollars and cents.");
    }
  }

  private void requireAhead(String field, LocalDate date, String what) {
    if (date == null) {
      throw new InvalidArrangementException(field, Reason.of("date.required"), what + " is required.");
    }
    LocalDate today = LocalDate.now(clock);
    if (date.isBefore(today)) {
      throw new InvalidArrangementException(field, Reason.of("date.past", date), what + " " + date + " is in the past.");
    }
    if (date.isAfter(today.plusDays(settings.getMaxDaysAhead()))) {
      throw new InvalidArrangementException(field, Reason.of("date.too-far", date, settings.getMaxDaysAhead()),
          what + " " + date + " is more than " + settings.getMaxDaysAhead()
          + " days ahead.");
    }
  }
}
