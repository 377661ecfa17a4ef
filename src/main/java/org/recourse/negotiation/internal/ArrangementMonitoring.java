package org.recourse.negotiation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CloseReason;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.negotiation.ArrangementKind;
import org.recourse.negotiation.internal.ArrangementRepository;
import org.recourse.negotiation.internal.NegotiationSettings;
import org.recourse.payment.Ledger;
import org.recourse.platform.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agreed arrangement watched installment by installment against the ledger: when to look next, each installment
 * judged after its grace period, arrears cured or reopened as payments arrive or are reversed, and the end: kept,
 * broken or in default.
 */
@Service
public class ArrangementMonitoring {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Arrangements arrangements;
  private final ArrangementRepository repository;
  private final CollectionCases cases;
  private final Ledger ledger;
  private final NegotiationSettings settings;
  private final ArrangementLetters letters;
  private final Clock clock;

  ArrangementMonitoring(Arrangements arrangements, ArrangementRepository repository, CollectionCases cases,
      Ledger ledger, NegotiationSettings settings, ArrangementLetters letters, Clock clock) {
    this.arrangements = arrangements;
    this.repository = repository;
    this.cases = cases;
    this.ledger = ledger;
    this.settings = settings;
    this.letters = letters;
    this.clock = clock;
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
    return nextCheck(arrangements.get(arrangementId));
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
    Arrangement arrangement = arrangements.get(arrangementId);
    BigDecimal paid = paidTowards(arrangement);
    reconcile(arrangement, paid);
    boolean broken = judge(arrangement, paid);
    return broken ? Look.BROKEN : look(arrangement, paid);
  }

  /** Monitoring's look after a payment or a reversal: the ledger ({@link #reconcile}), then what to wait for. */
  @Transactional
  public Look reconcileAndLook(long arrangementId) {
    Arrangement arrangement = arrangements.get(arrangementId);
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
      letters.installmentNotPaid(arrangements.caseNumber(arrangement), arrangement, installment, paidOfIt,
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
    Arrangement arrangement = arrangements.get(arrangementId);
    arrangement.end(ArrangementStatus.COMPLETED, clock.instant());
    CollectionCase subject = cases.require(arrangements.caseNumber(arrangement));
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
   * Ends what a closed case leaves agreed, in the closure's transaction, so that a closed case never shows an
   * arrangement standing. Closed by payment, it is kept: the payment that clears the balance closes the case at once,
   * and the spine's closure ends the monitoring before it has judged the last installments. Closed for another reason
   * (a recall, a dispute not verified, ...), it ends with the case.
   */
  @Transactional
  public void caseClosed(String caseNumber, CloseReason reason) {
    CollectionCase subject = cases.require(caseNumber);
    for (Arrangement arrangement : repository.ofCase(subject.getId())) {
      if (arrangement.getStatus() != ArrangementStatus.AGREED) {
        continue;
      }
      String terms = arrangement.getKind() + " of " + Money.usd(arrangement.getTotalAmount());
      if (reason.closedByPayment()) {
        arrangement.end(ArrangementStatus.COMPLETED, clock.instant());
        cases.record(caseNumber, CaseEventKind.ARRANGEMENT_COMPLETED, "system",
            terms + " kept: the balance is paid in full");
      } else {
        arrangement.end(ArrangementStatus.ENDED, clock.instant());
        cases.record(caseNumber, CaseEventKind.ARRANGEMENT_ENDED, "system", terms + " ended: the case closed ("
            + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
      }
    }
  }

  /**
   * Ends an arrangement that was not kept: a promise broken, or partly kept when some of it was paid; a plan or
   * settlement in default, with the default notice, its installments still to come cancelled.
   */
  @Transactional
  public String breakOff(long arrangementId) {
    Arrangement arrangement = arrangements.get(arrangementId);
    String caseNumber = arrangements.caseNumber(arrangement);
    if (arrangement.getKind() == ArrangementKind.PROMISE) {
      boolean partly = paidTowards(arrangement).signum() > 0;
      arrangement.end(partly ? ArrangementStatus.PARTIALLY_KEPT : ArrangementStatus.BROKEN, clock.instant());
      cases.record(caseNumber, CaseEventKind.ARRANGEMENT_DEFAULTED, "system", "Promise of "
          + Money.usd(arrangement.getTotalAmount()) + (partly ? " partly kept: " + Money.usd(paidTowards(arrangement))
          + " paid" : " broken"));
      return partly ? Completion.PARTIAL : Completion.BROKEN;
    }
    arrangement.end(ArrangementStatus.DEFAULTED, clock.instant());
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
    return renegotiationAllowed(arrangements.get(arrangementId));
  }

  private boolean renegotiationAllowed(Arrangement arrangement) {
    long defaults = repository.ofCase(arrangement.getCaseId()).stream()
        .filter(a -> a.getStatus() == ArrangementStatus.DEFAULTED).count();
    return defaults <= settings.getRenegotiationsBeforeDemand();
  }

  /**
   * A payment was reversed after a settlement was kept: if it no longer is, the discount written off is owed again
   * and the settlement counts as not kept.
   */
  @Transactional
  public void paymentReversed(long caseId, String reference, String actor) {
    repository.ofCase(caseId).stream()
        .filter(a -> a.getKind() == ArrangementKind.SETTLEMENT && a.getStatus() == ArrangementStatus.COMPLETED)
        .findFirst()
        .filter(settlement -> paidTowards(settlement).compareTo(settlement.getTotalAmount()) < 0)
        .ifPresent(settlement -> {
          settlement.unkeep();
          String caseNumber = arrangements.caseNumber(settlement);
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

  /** What is still owed on one installment, what was paid towards the arrangement credited in order. */
  BigDecimal owedOn(Arrangement arrangement, Installment installment) {
    return installment.getAmount().subtract(paidByInstallment(arrangement).get(installment.getSeq()));
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
    cases.record(arrangements.caseNumber(arrangement), CaseEventKind.INSTALLMENT_JUDGED, "system",
        (arrangement.getKind() == ArrangementKind.PROMISE ? "Promise" : "Installment " + installment.getSeq())
            + " of " + Money.usd(installment.getAmount()) + " due " + installment.getDueDate() + ": " + what);
  }

  private static Optional<Installment> firstDue(Arrangement arrangement) {
    return arrangement.getInstallments().stream().filter(i -> i.getStatus() == InstallmentStatus.DUE).findFirst();
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
