package org.recourse.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.negotiation.internal.ArrangementKind;
import org.recourse.negotiation.internal.ArrangementRepository;
import org.recourse.negotiation.internal.Frequency;
import org.recourse.negotiation.internal.InstallmentSchedule;
import org.recourse.negotiation.internal.InvalidArrangementException;
import org.recourse.negotiation.internal.NegotiationSettings;
import org.recourse.payment.Ledger;
import org.recourse.platform.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises, plans and settlements: proposed within the configured limits, decided within approval authority,
 * offered to and answered by the debtor, watched installment by installment, and ended. Terms that cannot be
 * arranged are refused with the reason and the term they concern, and nothing is recorded.
 */
@Service
public class Arrangements {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ArrangementRepository arrangements;
  private final CollectionCases cases;
  private final Ledger ledger;
  private final NegotiationSettings settings;
  private final ArrangementLetters letters;
  private final Affordability affordability;
  private final Clock clock;

  Arrangements(ArrangementRepository arrangements, CollectionCases cases, Ledger ledger, NegotiationSettings settings,
      ArrangementLetters letters, Affordability affordability, Clock clock) {
    this.letters = letters;
    this.arrangements = arrangements;
    this.cases = cases;
    this.ledger = ledger;
    this.settings = settings;
    this.affordability = affordability;
    this.clock = clock;
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

  /** An approver's answer to a settlement offer beyond a collector's authority. */
  public enum SettlementDecision { APPROVE, COUNTER, REJECT }

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
            + discountPercent(offer.amount(), balance) + " % discount)"
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

  @Transactional(readOnly = true)
  public Arrangement get(long arrangementId) {
    return arrangements.findById(arrangementId)
        .orElseThrow(() -> new NoSuchElementException("no arrangement " + arrangementId));
  }

  @Transactional(readOnly = true)
  public List<Arrangement> ofCase(String caseNumber) {
    return arrangements.ofCase(cases.require(caseNumber).getId());
  }

  /**
   * An approver's decision on a settlement offer. Four eyes: nobody decides an offer they proposed. A rejection
   * says why; a counter names another amount, paid on the same dates, which then stands approved.
   */
  @Transactional
  public void decideSettlement(long arrangementId, SettlementDecision decision, BigDecimal counter, String note,
      String actor) {
    Arrangement offer = get(arrangementId);
    if (offer.getProposedBy().equals(actor)) {
      throw new InvalidArrangementException("decision", "You proposed this settlement; another approver must decide it.");
    }
    if (offer.getStatus() != ArrangementStatus.PROPOSED) {
      throw new InvalidArrangementException("decision", "This settlement was already " + offer.getStatus()
          .name().toLowerCase().replace('_', ' ') + ".");
    }
    String caseNumber = caseNumber(offer);
    String because = note == null || note.isBlank() ? "" : ": " + note;
    switch (decision) {
      case APPROVE -> {
        offer.approve(actor, note, clock.instant());
        cases.record(caseNumber, CaseEventKind.ARRANGEMENT_APPROVED, actor, "Settlement of "
            + Money.usd(offer.getTotalAmount()) + " approved" + because);
      }
      case REJECT -> {
        if (note == null || note.isBlank()) {
          throw new InvalidArrangementException("decisionNote", "Say why the settlement is rejected.");
        }
        offer.reject(actor, note, clock.instant());
        cases.record(caseNumber, CaseEventKind.ARRANGEMENT_REJECTED, actor, "Settlement of "
            + Money.usd(offer.getTotalAmount()) + " rejected" + because);
      }
      case COUNTER -> {
        if (counter == null) {
          throw new InvalidArrangementException("counterAmount", "Name the amount you would accept instead.");
        }
        if (counter.compareTo(offer.getTotalAmount()) == 0) {
          throw new InvalidArrangementException("counterAmount", "A counter-offer of " + Money.usd(counter)
              + " is the offer itself; approve it instead.");
        }
        List<ScheduledInstallment> schedule = settlement(offer.getBalanceAtProposal(), new SettlementOffer(counter,
            offer.getInstallments().get(0).getDueDate(), offer.getInstallments().size()), false);
        BigDecimal offered = offer.getTotalAmount();
        offer.counter(schedule, actor, note, clock.instant());
        cases.record(caseNumber, CaseEventKind.ARRANGEMENT_APPROVED, actor, "Settlement countered: "
            + Money.usd(counter) + " instead of " + Money.usd(offered) + " (" + discountPercent(counter,
            offer.getBalanceAtProposal()) + " % discount)" + because);
      }
    }
  }

  /**
   * Sends an approved settlement to the debtor as a written offer that stands for the configured days; returns its
   * last day. Sending it again changes nothing.
   */
  @Transactional
  public LocalDate offerSettlement(long arrangementId, String actor) {
    Arrangement offer = get(arrangementId);
    if (offer.getExpiresOn() != null) {
      return offer.getExpiresOn();
    }
    LocalDate lastDay = LocalDate.now(clock).plusDays(settings.getOfferValidDays());
    offer.offer(lastDay);
    String caseNumber = caseNumber(offer);
    cases.record(caseNumber, CaseEventKind.ARRANGEMENT_OFFERED, actor, "Settlement of "
        + Money.usd(offer.getTotalAmount()) + " offered in writing; the offer stands until " + lastDay);
    letters.offered(caseNumber, offer, actor);
    return lastDay;
  }

  /** The debtor's answer to a settlement offer or to a plan's schedule: accepted, it is agreed next. */
  @Transactional
  public void answer(long arrangementId, boolean accepted, String note, String actor) {
    Arrangement arrangement = get(arrangementId);
    String what = arrangement.getKind() == ArrangementKind.SETTLEMENT ? "settlement offer" : "plan";
    if (!accepted) {
      arrangement.close(ArrangementStatus.DECLINED);
    }
    cases.record(caseNumber(arrangement), accepted ? CaseEventKind.ARRANGEMENT_OFFERED
        : CaseEventKind.ARRANGEMENT_DECLINED, actor, "The debtor " + (accepted ? "accepted" : "declined") + " the "
        + what + " of " + Money.usd(arrangement.getTotalAmount()) + (note == null || note.isBlank() ? "" : ": " + note));
  }

  /** A settlement offer the debtor let lapse. An offer answered meanwhile is left as it is. */
  @Transactional
  public void expire(long arrangementId) {
    Arrangement offer = get(arrangementId);
    if (offer.getStatus() == ArrangementStatus.PROPOSED) {
      offer.close(ArrangementStatus.EXPIRED);
      cases.record(caseNumber(offer), CaseEventKind.ARRANGEMENT_EXPIRED, "system", "The settlement offer of "
          + Money.usd(offer.getTotalAmount()) + " expired on " + offer.getExpiresOn() + " unanswered");
    }
  }

  /** The arrangement stands: from now on it is monitored. Agreeing twice changes nothing. */
  @Transactional
  public void agree(long arrangementId, String actor) {
    Arrangement arrangement = get(arrangementId);
    if (arrangement.getStatus() == ArrangementStatus.AGREED) {
      return;
    }
    arrangement.agree(actor, clock.instant());
    String caseNumber = caseNumber(arrangement);
    cases.record(caseNumber, CaseEventKind.ARRANGEMENT_AGREED, actor,
        arrangement.getKind() + " of " + Money.usd(arrangement.getTotalAmount()) + " in "
            + arrangement.getInstallments().size() + " installment(s)");
    letters.agreed(caseNumber, arrangement, actor);
  }

  /**
   * Whether everything the arrangement asks for has been paid since it was proposed; for a promise, within the
   * configured tolerance.
   */
  private boolean isPaid(Arrangement arrangement, BigDecimal paid) {
    return paid.compareTo(required(arrangement, arrangement.getTotalAmount())) >= 0;
  }

  /**
   * When monitoring must look next: the start of the day after the next installment's due date and grace period
   * (a promise's own grace), or, sooner, the day an installment still in arrears has been late long enough to put the
   * arrangement in default. Empty once nothing is left to judge.
   */
  @Transactional(readOnly = true)
  public Optional<Instant> nextCheck(long arrangementId) {
    return nextCheck(get(arrangementId));
  }

  private Optional<Instant> nextCheck(Arrangement arrangement) {
    Optional<LocalDate> judge = firstDue(arrangement).map(due -> due.getDueDate().plusDays(grace(arrangement) + 1L));
    Optional<LocalDate> late = oldestArrears(arrangement)
        .map(i -> i.getDueDate().plusDays(settings.getDefaultAfterDaysLate() + 1L));
    return judge.map(day -> late.filter(l -> l.isBefore(day)).orElse(day)).or(() -> late)
        .map(day -> day.atStartOfDay(clock.getZone()).toInstant());
  }

  /**
   * Brings the judged installments up to date with the ledger: arrears since paid are cured, and an installment
   * whose payment was reversed is in arrears again. Each change is in the case's history.
   */
  private void reconcile(Arrangement arrangement, BigDecimal paid) {
    BigDecimal dueSoFar = BigDecimal.ZERO;
    for (Installment installment : arrangement.getInstallments()) {
      if (installment.getStatus() == InstallmentStatus.DUE) {
        break;
      }
      BigDecimal before = dueSoFar;
      dueSoFar = dueSoFar.add(installment.getAmount());
      boolean covered = paid.compareTo(required(arrangement, dueSoFar)) >= 0;
      if (covered && installment.getStatus().inArrears()) {
        installment.cure(clock.instant());
        record(arrangement, installment, "cured: " + Money.usd(paid) + " paid of " + Money.usd(dueSoFar) + " due");
      } else if (!covered && !installment.getStatus().inArrears()) {
        installment.reopen(paid.compareTo(before) > 0 ? InstallmentStatus.SHORT : InstallmentStatus.MISSED,
            clock.instant());
        record(arrangement, installment, "in arrears again (" + installment.getStatus().name().toLowerCase()
            + "): a payment was reversed, " + Money.usd(paid) + " paid of " + Money.usd(dueSoFar) + " due");
      }
    }
  }

  /**
   * Monitoring's look at an arrangement when a check falls due: the ledger first ({@link #reconcile}), then the
   * first installment whose grace period has passed is judged: paid when everything due so far has been paid since
   * the proposal (a promise within its tolerance), short when some of this installment was, missed otherwise; a
   * reminder goes after a shortfall. The look says whether the arrangement is broken: a promise not kept in full; a
   * plan or settlement with enough installments in arrears, or one in arrears for the configured days; and any
   * arrangement whose installments are all judged without it being paid. Checking again at once changes nothing. The
   * ledger is read once for the whole look.
   */
  @Transactional
  public Look judgeNext(long arrangementId) {
    Arrangement arrangement = get(arrangementId);
    BigDecimal paid = paidTowards(arrangement);
    reconcile(arrangement, paid);
    boolean broken = judge(arrangement, paid);
    return broken ? Look.BROKEN : look(arrangement, paid);
  }

  /** Monitoring's look after a payment or a reversal: the ledger ({@link #reconcile}), then what to wait for. */
  @Transactional
  public Look reconcileAndLook(long arrangementId) {
    Arrangement arrangement = get(arrangementId);
    BigDecimal paid = paidTowards(arrangement);
    reconcile(arrangement, paid);
    return look(arrangement, paid);
  }

  /**
   * What monitoring waits for after a look: nothing when the arrangement is broken or paid, else the next check;
   * with every installment judged and money still missing, the check is due at once.
   */
  public record Look(boolean broken, boolean paid, Optional<Instant> nextCheck) {
    static final Look BROKEN = new Look(true, false, Optional.empty());
  }

  private Look look(Arrangement arrangement, BigDecimal paid) {
    boolean done = isPaid(arrangement, paid);
    return new Look(false, done, done ? Optional.empty() : nextCheck(arrangement));
  }

  private boolean judge(Arrangement arrangement, BigDecimal paid) {
    LocalDate today = LocalDate.now(clock);
    Optional<Installment> next = firstDue(arrangement)
        .filter(due -> today.isAfter(due.getDueDate().plusDays(grace(arrangement))));
    InstallmentStatus verdict = null;
    if (next.isPresent()) {
      Installment installment = next.get();
      BigDecimal dueSoFar = dueThrough(arrangement, installment.getSeq());
      if (paid.compareTo(required(arrangement, dueSoFar)) >= 0) {
        verdict = InstallmentStatus.PAID;
      } else if (paid.compareTo(dueSoFar.subtract(installment.getAmount())) > 0) {
        verdict = InstallmentStatus.SHORT;
      } else {
        verdict = InstallmentStatus.MISSED;
      }
      installment.judge(verdict, clock.instant());
      record(arrangement, installment, verdict.name().toLowerCase() + " (paid so far " + Money.usd(paid) + " of "
          + Money.usd(dueSoFar) + ")");
    }
    if (arrangement.getKind() == ArrangementKind.PROMISE) {
      return verdict != null && verdict != InstallmentStatus.PAID;
    }
    long inArrears = arrangement.getInstallments().stream().filter(i -> i.getStatus().inArrears()).count();
    boolean tooLate = oldestArrears(arrangement)
        .filter(i -> today.isAfter(i.getDueDate().plusDays(settings.getDefaultAfterDaysLate()))).isPresent();
    boolean broken = inArrears >= settings.getMissedInstallmentsToDefault() || tooLate
        || firstDue(arrangement).isEmpty() && paid.compareTo(arrangement.getTotalAmount()) < 0;
    if (!broken && verdict != null && verdict != InstallmentStatus.PAID) {
      Installment installment = next.get();
      BigDecimal dueSoFar = dueThrough(arrangement, installment.getSeq());
      BigDecimal paidOfIt = paid.subtract(dueSoFar.subtract(installment.getAmount())).max(BigDecimal.ZERO);
      letters.installmentNotPaid(caseNumber(arrangement), arrangement, installment, paidOfIt,
          today.plusDays(settings.getGraceDays()));
    }
    return broken;
  }

  /**
   * Ends a kept arrangement. A settlement writes off what remains, so the case closes as settled; a plan or promise
   * that cleared the balance closes it as paid in full; a kept promise with a balance left goes back to the
   * collector.
   */
  @Transactional
  public Completion complete(long arrangementId) {
    Arrangement arrangement = get(arrangementId);
    arrangement.end(ArrangementStatus.COMPLETED);
    CollectionCase subject = cases.require(caseNumber(arrangement));
    cases.record(subject.getCaseNumber(), CaseEventKind.ARRANGEMENT_COMPLETED, "system",
        arrangement.getKind() + " of " + Money.usd(arrangement.getTotalAmount()) + " kept");
    BigDecimal remaining = ledger.balance(subject.getAccountId());
    if (arrangement.getKind() == ArrangementKind.SETTLEMENT) {
      if (remaining.signum() > 0) {
        ledger.adjust(subject.getAccountId(), remaining.negate(),
            "Settlement satisfied: remaining balance written off", "system");
        arrangement.writeOff(remaining);
      }
      return new Completion(Completion.COMPLETED, "SETTLED");
    }
    return remaining.signum() <= 0
        ? new Completion(Completion.COMPLETED, "PAID_IN_FULL")
        : new Completion(Completion.KEPT, null);
  }

  /**
   * Ends an arrangement that was not kept: a promise broken, or partly kept when some of it was paid; a plan or
   * settlement in default, with the default notice.
   */
  @Transactional
  public String breakOff(long arrangementId) {
    Arrangement arrangement = get(arrangementId);
    String caseNumber = caseNumber(arrangement);
    if (arrangement.getKind() == ArrangementKind.PROMISE) {
      boolean partly = paidTowards(arrangement).signum() > 0;
      arrangement.end(partly ? ArrangementStatus.PARTIALLY_KEPT : ArrangementStatus.BROKEN);
      cases.record(caseNumber, CaseEventKind.ARRANGEMENT_DEFAULTED, "system", "Promise of "
          + Money.usd(arrangement.getTotalAmount()) + (partly ? " partly kept: " + Money.usd(paidTowards(arrangement))
          + " paid" : " broken"));
      return partly ? Completion.PARTIAL : Completion.BROKEN;
    }
    arrangement.end(ArrangementStatus.DEFAULTED);
    cases.record(caseNumber, CaseEventKind.ARRANGEMENT_DEFAULTED, "system",
        arrangement.getKind() + " of " + Money.usd(arrangement.getTotalAmount()) + " in default"
            + (renegotiationAllowed(arrangement) ? "; back to the collector to arrange again" : ""));
    letters.defaulted(caseNumber, arrangement, paidByInstallment(arrangement));
    return Completion.DEFAULTED;
  }

  /**
   * Whether a defaulted plan or settlement goes back to the collector for a new arrangement rather than on to the
   * final demand: while the case's defaults number no more than the re-negotiations allowed.
   */
  @Transactional(readOnly = true)
  public boolean renegotiationAllowed(long arrangementId) {
    return renegotiationAllowed(get(arrangementId));
  }

  private boolean renegotiationAllowed(Arrangement arrangement) {
    long defaults = arrangements.ofCase(arrangement.getCaseId()).stream()
        .filter(a -> a.getStatus() == ArrangementStatus.DEFAULTED).count();
    return defaults <= settings.getRenegotiationsBeforeDemand();
  }

  /**
   * A payment was reversed after a settlement was kept: if it no longer is, the discount written off is owed again
   * and the settlement counts as not kept.
   */
  @Transactional
  public void paymentReversed(long caseId, String reference, String actor) {
    arrangements.ofCase(caseId).stream()
        .filter(a -> a.getKind() == ArrangementKind.SETTLEMENT && a.getStatus() == ArrangementStatus.COMPLETED)
        .findFirst()
        .filter(settlement -> paidTowards(settlement).compareTo(settlement.getTotalAmount()) < 0)
        .ifPresent(settlement -> {
          settlement.unkeep();
          String caseNumber = caseNumber(settlement);
          if (settlement.getWrittenOff() != null) {
            ledger.adjust(caseId, settlement.getWrittenOff(), "Settlement write-off undone: payment " + reference
                + " was reversed", actor);
          }
          cases.record(caseNumber, CaseEventKind.ARRANGEMENT_DEFAULTED, actor, "Settlement of "
              + Money.usd(settlement.getTotalAmount()) + " no longer kept: payment " + reference + " was reversed"
              + (settlement.getWrittenOff() == null ? "" : "; the " + Money.usd(settlement.getWrittenOff())
                  + " written off is owed again"));
        });
  }

  /** The discount a settlement gives, in percent of the balance it was proposed against. */
  public static BigDecimal discountPercent(BigDecimal amount, BigDecimal balance) {
    return BigDecimal.ONE.subtract(amount.divide(balance, 6, RoundingMode.HALF_UP))
        .multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
  }

  @Transactional(readOnly = true)
  public String caseNumber(Arrangement arrangement) {
    return cases.byId(arrangement.getCaseId()).getCaseNumber();
  }

  private List<ScheduledInstallment> promise(BigDecimal balance, BigDecimal amount, LocalDate by) {
    requireAmount("promiseAmount", amount, "The promised amount");
    if (amount.compareTo(balance) > 0) {
      throw new InvalidArrangementException("promiseAmount", "The promised amount of " + Money.usd(amount)
          + " is more than the balance of " + Money.usd(balance) + ".");
    }
    requireAhead("promiseDate", by, "The promise date");
    return List.of(new ScheduledInstallment(by, amount));
  }

  private List<ScheduledInstallment> plan(CollectionCase subject, BigDecimal balance, PlanTerms terms) {
    if (terms.frequency() == null) {
      throw new InvalidArrangementException("planFrequency", "Say how often the installments fall due.");
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
      throw new InvalidArrangementException("planDownPayment", "A down payment cannot be negative.");
    }
    if (down.compareTo(minimumDown) < 0) {
      throw new InvalidArrangementException("planDownPayment", "A plan starts with a down payment of at least "
          + Money.usd(minimumDown) + " (" + settings.getMinDownPaymentPercent().stripTrailingZeros().toPlainString()
          + " % of the balance).");
    }
    if (down.compareTo(balance) >= 0) {
      throw new InvalidArrangementException("planDownPayment", "A down payment of " + Money.usd(down)
          + " pays the whole balance of " + Money.usd(balance) + "; record a payment in full instead.");
    }
    int count = terms.installments() == null ? 0 : terms.installments();
    int total = count + (down.signum() > 0 ? 1 : 0);
    if (count < 1 || total < 2 || total > settings.getMaxPlanInstallments()) {
      throw new InvalidArrangementException("planInstallments", "A plan has between 2 and "
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
      throw new InvalidArrangementException("planInstallments", "Installments of " + Money.usd(regular)
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
      throw new InvalidArrangementException(amountField, "A settlement is for less than the balance of "
          + Money.usd(balance) + "; " + Money.usd(offer.amount()) + " is not. Record a promise or a plan instead.");
    }
    if (offer.payments() < 1 || offer.payments() > settings.getMaxSettlementPayments()) {
      throw new InvalidArrangementException("settlementPayments", "A settlement is paid at once or in at most "
          + settings.getMaxSettlementPayments() + " monthly payments; " + offer.payments() + " were asked for.");
    }
    if (checkDate) {
      requireAhead("settlementDate", offer.firstDate(), "The settlement date");
    }
    List<ScheduledInstallment> schedule = InstallmentSchedule.evenly(offer.amount().setScale(2,
        RoundingMode.UNNECESSARY), offer.payments(), Frequency.MONTHLY, offer.firstDate());
    if (offer.payments() > 1 && schedule.get(0).amount().compareTo(settings.getMinInstallmentAmount()) < 0) {
      throw new InvalidArrangementException("settlementPayments", "Payments of " + Money.usd(schedule.get(0).amount())
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
      throw new InvalidArrangementException("outcome", "Nothing is owed on this account.");
    }
    return balance;
  }

  /** What must be paid for {@code due} to count as paid: all of it, or for a promise all but the tolerance. */
  private BigDecimal required(Arrangement arrangement, BigDecimal due) {
    if (arrangement.getKind() != ArrangementKind.PROMISE) {
      return due;
    }
    return due.multiply(HUNDRED.subtract(settings.getPromiseTolerancePercent())).divide(HUNDRED, 2, RoundingMode.UP);
  }

  private BigDecimal paidTowards(Arrangement arrangement) {
    CollectionCase subject = cases.byId(arrangement.getCaseId());
    return ledger.paidSince(subject.getAccountId(), arrangement.countsPaymentsFrom(clock.getZone()));
  }

  /** What was paid towards the arrangement, credited to its installments in order. */
  private Map<Integer, BigDecimal> paidByInstallment(Arrangement arrangement) {
    BigDecimal left = paidTowards(arrangement);
    Map<Integer, BigDecimal> paid = new HashMap<>();
    for (Installment installment : arrangement.getInstallments()) {
      BigDecimal share = left.min(installment.getAmount()).max(BigDecimal.ZERO);
      paid.put(installment.getSeq(), share);
      left = left.subtract(share);
    }
    return paid;
  }

  private int grace(Arrangement arrangement) {
    return arrangement.getKind() == ArrangementKind.PROMISE ? settings.getPromiseGraceDays() : settings.getGraceDays();
  }

  private static BigDecimal dueThrough(Arrangement arrangement, int seq) {
    return arrangement.getInstallments().stream().filter(i -> i.getSeq() <= seq).map(Installment::getAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Optional<Installment> oldestArrears(Arrangement arrangement) {
    return arrangement.getInstallments().stream().filter(i -> i.getStatus().inArrears()).findFirst();
  }

  private void record(Arrangement arrangement, Installment installment, String what) {
    cases.record(caseNumber(arrangement), CaseEventKind.INSTALLMENT_JUDGED, "system",
        (arrangement.getKind() == ArrangementKind.PROMISE ? "Promise" : "Installment " + installment.getSeq())
            + " of " + Money.usd(installment.getAmount()) + " due " + installment.getDueDate() + ": " + what);
  }

  private static Optional<Installment> firstDue(Arrangement arrangement) {
    return arrangement.getInstallments().stream().filter(i -> i.getStatus() == InstallmentStatus.DUE).findFirst();
  }

  private static void requireAmount(String field, BigDecimal amount, String what) {
    if (amount == null || amount.signum() <= 0) {
      throw new InvalidArrangementException(field, what + " must be greater than zero.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidArrangementException(field, what + " of " + amount.toPlainString()
          + " is not an amount in dollars and cents.");
    }
  }

  private void requireAhead(String field, LocalDate date, String what) {
    if (date == null) {
      throw new InvalidArrangementException(field, what + " is required.");
    }
    LocalDate today = LocalDate.now(clock);
    if (date.isBefore(today)) {
      throw new InvalidArrangementException(field, what + " " + date + " is in the past.");
    }
    if (date.isAfter(today.plusDays(settings.getMaxDaysAhead()))) {
      throw new InvalidArrangementException(field, what + " " + date + " is more than " + settings.getMaxDaysAhead()
          + " days ahead.");
    }
  }

  /** How monitoring ends: the outcome the spine branches on and, when the case can close, why. */
  public record Completion(String monitoringOutcome, String closeReason) {
    public static final String COMPLETED = "COMPLETED";
    public static final String KEPT = "KEPT";
    public static final String PARTIAL = "PARTIAL";
    public static final String BROKEN = "BROKEN";
    public static final String DEFAULTED = "DEFAULTED";
  }
}
