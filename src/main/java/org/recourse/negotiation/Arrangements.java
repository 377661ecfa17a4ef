package org.recourse.negotiation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.casework.CollectionCase;
import org.recourse.payment.Ledger;
import org.recourse.platform.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Promises, plans and settlements: proposed, decided, watched installment by installment, and ended. */
@Service
public class Arrangements {

  private final ArrangementRepository arrangements;
  private final CollectionCases cases;
  private final Ledger ledger;
  private final NegotiationSettings settings;
  private final ArrangementLetters letters;
  private final Clock clock;

  Arrangements(ArrangementRepository arrangements, CollectionCases cases, Ledger ledger, NegotiationSettings settings,
      ArrangementLetters letters, Clock clock) {
    this.letters = letters;
    this.arrangements = arrangements;
    this.cases = cases;
    this.ledger = ledger;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional
  public Arrangement proposePromise(String caseNumber, BigDecimal amount, LocalDate by, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    BigDecimal balance = owed(subject);
    requireWithinBalance(amount, balance, "The promised amount");
    requireAhead(by, "The promise date");
    return propose(subject, ArrangementKind.PROMISE, balance, null, List.of(new ScheduledInstallment(by, amount)),
        actor, "Promise to pay " + Money.usd(amount) + " by " + by);
  }

  @Transactional
  public Arrangement proposePlan(String caseNumber, int installments, Frequency frequency, LocalDate first,
      String actor) {
    CollectionCase subject = cases.require(caseNumber);
    BigDecimal balance = owed(subject);
    if (installments < 2 || installments > settings.getMaxPlanInstallments()) {
      throw new InvalidArrangementException("A plan has between 2 and " + settings.getMaxPlanInstallments()
          + " installments; " + installments + " were asked for.");
    }
    requireAhead(first, "The first installment date");
    List<ScheduledInstallment> schedule = InstallmentSchedule.evenly(balance, installments, frequency, first);
    BigDecimal regular = schedule.get(0).amount();
    if (regular.compareTo(settings.getMinInstallmentAmount()) < 0) {
      throw new InvalidArrangementException("Installments of " + Money.usd(regular) + " are below the smallest allowed, "
          + Money.usd(settings.getMinInstallmentAmount()) + "; offer fewer installments.");
    }
    return propose(subject, ArrangementKind.PLAN, balance, frequency, schedule, actor,
        "Plan: " + installments + " " + frequency.name().toLowerCase() + " installments of " + Money.usd(regular)
            + " from " + first);
  }

  @Transactional
  public Arrangement proposeSettlement(String caseNumber, BigDecimal amount, LocalDate by, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    BigDecimal balance = owed(subject);
    if (amount.signum() <= 0) {
      throw new InvalidArrangementException("The settlement amount must be greater than zero.");
    }
    if (amount.compareTo(balance) >= 0) {
      throw new InvalidArrangementException("A settlement is for less than the balance of " + Money.usd(balance)
          + "; " + Money.usd(amount) + " is not. Record a promise or a plan instead.");
    }
    requireAhead(by, "The settlement date");
    return propose(subject, ArrangementKind.SETTLEMENT, balance, null, List.of(new ScheduledInstallment(by, amount)),
        actor, "Settlement offer " + Money.usd(amount) + " against " + Money.usd(balance) + " ("
            + discountPercent(amount, balance) + " % discount), by " + by);
  }

  @Transactional(readOnly = true)
  public Arrangement get(long arrangementId) {
    return arrangements.findById(arrangementId)
        .orElseThrow(() -> new NoSuchElementException("no arrangement " + arrangementId));
  }

  /**
   * A manager's decision on a settlement offer. Four eyes: nobody approves or rejects an offer they proposed.
   */
  @Transactional
  public void decideSettlement(long arrangementId, boolean approve, String note, String actor) {
    Arrangement offer = get(arrangementId);
    if (offer.getProposedBy().equals(actor)) {
      throw new InvalidArrangementException("You proposed this settlement; another approver must decide it.");
    }
    if (!approve && (note == null || note.isBlank())) {
      throw new InvalidArrangementException("Say why the settlement is rejected.");
    }
    if (approve) {
      offer.approve(actor, note, clock.instant());
    } else {
      offer.reject(actor, note, clock.instant());
    }
    cases.record(caseNumber(offer), approve ? CaseEventKind.ARRANGEMENT_APPROVED : CaseEventKind.ARRANGEMENT_REJECTED,
        actor, "Settlement of " + Money.usd(offer.getTotalAmount()) + (approve ? " approved" : " rejected")
            + (note == null || note.isBlank() ? "" : ": " + note));
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

  /** Whether everything the arrangement asks for has been paid since it was proposed. */
  @Transactional(readOnly = true)
  public boolean isPaid(long arrangementId) {
    Arrangement arrangement = get(arrangementId);
    return paidTowards(arrangement).compareTo(arrangement.getTotalAmount()) >= 0;
  }

  /**
   * When the next installment is to be judged: the start of the day after its due date and grace period. Empty
   * once every installment has been judged.
   */
  @Transactional(readOnly = true)
  public Optional<Instant> nextCheck(long arrangementId) {
    return firstDue(get(arrangementId))
        .map(due -> due.getDueDate().plusDays(settings.getGraceDays() + 1L).atStartOfDay(clock.getZone()).toInstant());
  }

  /**
   * Judges the first installment still due, on the ledger: paid when everything due so far has been paid since
   * the proposal, short when some of this installment was, missed otherwise. Returns whether the arrangement is
   * broken: a promise by any shortfall, a plan or settlement once enough installments are not paid in full, and
   * any arrangement whose installments are all judged without it being paid.
   */
  @Transactional
  public boolean judgeNext(long arrangementId) {
    Arrangement arrangement = get(arrangementId);
    Optional<Installment> next = firstDue(arrangement);
    if (next.isEmpty()) {
      return !isPaid(arrangementId);
    }
    Installment installment = next.get();
    BigDecimal dueSoFar = arrangement.getInstallments().stream()
        .filter(i -> i.getSeq() <= installment.getSeq())
        .map(Installment::getAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal paid = paidTowards(arrangement);
    InstallmentStatus verdict;
    if (paid.compareTo(dueSoFar) >= 0) {
      verdict = InstallmentStatus.PAID;
    } else if (paid.compareTo(dueSoFar.subtract(installment.getAmount())) > 0) {
      verdict = InstallmentStatus.SHORT;
    } else {
      verdict = InstallmentStatus.MISSED;
    }
    installment.judge(verdict, clock.instant());
    cases.record(caseNumber(arrangement), CaseEventKind.INSTALLMENT_JUDGED, "system",
        "Installment " + installment.getSeq() + " of " + Money.usd(installment.getAmount()) + " due "
            + installment.getDueDate() + ": " + verdict.name().toLowerCase() + " (paid so far "
            + Money.usd(paid) + " of " + Money.usd(dueSoFar) + ")");
    long notPaid = arrangement.getInstallments().stream()
        .filter(i -> i.getStatus() == InstallmentStatus.SHORT || i.getStatus() == InstallmentStatus.MISSED)
        .count();
    if (arrangement.getKind() == ArrangementKind.PROMISE) {
      return verdict != InstallmentStatus.PAID;
    }
    boolean broken = notPaid >= settings.getMissedInstallmentsToDefault()
        || firstDue(arrangement).isEmpty() && verdict != InstallmentStatus.PAID;
    if (!broken && verdict != InstallmentStatus.PAID) {
      BigDecimal paidOfIt = paid.subtract(dueSoFar.subtract(installment.getAmount())).max(BigDecimal.ZERO);
      letters.installmentNotPaid(caseNumber(arrangement), arrangement, installment, paidOfIt,
          LocalDate.now(clock).plusDays(settings.getGraceDays()));
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
      }
      return new Completion(Completion.COMPLETED, "SETTLED");
    }
    return remaining.signum() <= 0
        ? new Completion(Completion.COMPLETED, "PAID_IN_FULL")
        : new Completion(Completion.KEPT, null);
  }

  /** Ends an arrangement that was not kept: a broken promise, or a defaulted plan or settlement. */
  @Transactional
  public String breakOff(long arrangementId) {
    Arrangement arrangement = get(arrangementId);
    boolean promise = arrangement.getKind() == ArrangementKind.PROMISE;
    arrangement.end(promise ? ArrangementStatus.BROKEN : ArrangementStatus.DEFAULTED);
    String caseNumber = caseNumber(arrangement);
    cases.record(caseNumber, CaseEventKind.ARRANGEMENT_DEFAULTED, "system",
        arrangement.getKind() + " of " + Money.usd(arrangement.getTotalAmount())
            + (promise ? " broken" : " in default"));
    if (!promise) {
      letters.defaulted(caseNumber, arrangement, paidByInstallment(arrangement));
    }
    return promise ? Completion.BROKEN : Completion.DEFAULTED;
  }

  /** The discount a settlement gives, in percent of the balance it was proposed against. */
  public static BigDecimal discountPercent(BigDecimal amount, BigDecimal balance) {
    return BigDecimal.ONE.subtract(amount.divide(balance, 6, RoundingMode.HALF_UP))
        .multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
  }

  @Transactional(readOnly = true)
  public String caseNumber(Arrangement arrangement) {
    return cases.byId(arrangement.getCaseId()).getCaseNumber();
  }

  private Arrangement propose(CollectionCase subject, ArrangementKind kind, BigDecimal balance, Frequency frequency,
      List<ScheduledInstallment> schedule, String actor, String description) {
    Arrangement proposed = arrangements.save(new Arrangement(subject, kind, balance, frequency, actor,
        clock.instant(), schedule));
    cases.record(subject.getCaseNumber(), CaseEventKind.ARRANGEMENT_PROPOSED, actor, description);
    return proposed;
  }

  private BigDecimal owed(CollectionCase subject) {
    BigDecimal balance = ledger.balance(subject.getAccountId());
    if (balance.signum() <= 0) {
      throw new InvalidArrangementException("Nothing is owed on this account.");
    }
    return balance;
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

  private static Optional<Installment> firstDue(Arrangement arrangement) {
    return arrangement.getInstallments().stream().filter(i -> i.getStatus() == InstallmentStatus.DUE).findFirst();
  }

  private static void requireWithinBalance(BigDecimal amount, BigDecimal balance, String what) {
    if (amount.signum() <= 0) {
      throw new InvalidArrangementException(what + " must be greater than zero.");
    }
    if (amount.compareTo(balance) > 0) {
      throw new InvalidArrangementException(what + " of " + Money.usd(amount) + " is more than the balance of "
          + Money.usd(balance) + ".");
    }
  }

  private void requireAhead(LocalDate date, String what) {
    LocalDate today = LocalDate.now(clock);
    if (date.isBefore(today)) {
      throw new InvalidArrangementException(what + " " + date + " is in the past.");
    }
    if (date.isAfter(today.plusDays(settings.getMaxDaysAhead()))) {
      throw new InvalidArrangementException(what + " " + date + " is more than " + settings.getMaxDaysAhead()
          + " days ahead.");
    }
  }

  /** How monitoring ends: the outcome the spine branches on and, when the case can close, why. */
  public record Completion(String monitoringOutcome, String closeReason) {
    public static final String COMPLETED = "COMPLETED";
    public static final String KEPT = "KEPT";
    public static final String BROKEN = "BROKEN";
    public static final String DEFAULTED = "DEFAULTED";
  }
}
