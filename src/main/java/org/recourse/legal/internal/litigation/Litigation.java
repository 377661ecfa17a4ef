package org.recourse.legal.internal.litigation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.StateTimeZones;
import org.recourse.correspondence.CorrespondenceSettings;
import org.recourse.correspondence.Outbox;
import org.recourse.legal.LegalSettings;
import org.recourse.legal.internal.LegalOutcome;
import org.recourse.legal.internal.LegalProcess;
import org.recourse.legal.internal.referral.LegalReferral;
import org.recourse.legal.internal.referral.LegalReferralRepository;
import org.recourse.legal.internal.referral.ReferralStatus;
import org.recourse.payment.Ledger;
import org.recourse.payment.Payment;
import org.recourse.payment.PaymentPosting;
import org.recourse.payment.Payments;
import org.recourse.platform.Actors;
import org.recourse.platform.ConflictException;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A suit from its filing to its end: hearings (each reminded to the legal team ahead of time), the judgment or the
 * dismissal, the enforcement of a judgment, settlements, the payments that satisfy it, and the outcome. Money stays in
 * the ledger: a judgment sets the balance to what the court awarded, a kept settlement writes off the rest, and
 * every payment goes through {@link Payments}, so that the case's processes hear of it.
 *
 * <p>Input that cannot be true (a filing date in the future, a hearing in the past, a judgment before the suit, a
 * settlement for more than is owed) is refused with an {@link InputRejectedException} naming the field, and nothing
 * is recorded; a step that does not fit where the suit stands is a {@link ConflictException}.
 */
@Service("litigation")
public class Litigation {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a z", Locale.US);

  private final LegalReferralRepository referrals;
  private final HearingRepository hearings;
  private final EnforcementRepository enforcements;
  private final LitigationSettlementRepository settlements;
  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final Payments payments;
  private final Outbox outbox;
  private final LegalSettings settings;
  private final CorrespondenceSettings correspondence;
  private final RuntimeService runtime;
  private final Clock clock;

  Litigation(LegalReferralRepository referrals, HearingRepository hearings, EnforcementRepository enforcements,
      LitigationSettlementRepository settlements, CollectionCases cases, AccountRegistry accounts, Ledger ledger,
      Payments payments, Outbox outbox, LegalSettings settings, CorrespondenceSettings correspondence,
      RuntimeService runtime, Clock clock) {
    this.referrals = referrals;
    this.hearings = hearings;
    this.enforcements = enforcements;
    this.settlements = settlements;
    this.cases = cases;
    this.accounts = accounts;
    this.ledger = ledger;
    this.payments = payments;
    this.outbox = outbox;
    this.settings = settings;
    this.correspondence = correspondence;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** The suit was filed: in which court, under which number, on which day. */
  @Transactional
  public LegalReferral fileSuit(String processInstanceId, String court, String courtCaseNumber, LocalDate filedOn,
      String actor) {
    LegalReferral referral = inLitigation(processInstanceId);
    if (referral.getSuitFiledOn() != null) {
      throw new ConflictException("filedOn", "the suit of " + caseNumber(referral) + " was filed on "
          + referral.getSuitFiledOn());
    }
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate today = today();
    LocalDate approved = LocalDate.ofInstant(referral.getDecidedAt(), clock.getZone());
    if (filedOn.isAfter(today)) {
      problems.add(new FieldProblem("filedOn", "The filing date " + filedOn + " is in the future"));
    } else if (filedOn.isBefore(approved)) {
      problems.add(new FieldProblem("filedOn", "The filing date " + filedOn + " is before the referral was approved,"
          + " on " + approved));
    }
    refuseIf("The suit was not recorded", problems);
    referral.suitFiled(court, courtCaseNumber, filedOn, actor);
    record(referral, actor, "Suit filed on " + filedOn + " in " + court + ", case number " + courtCaseNumber);
    return referral;
  }

  /**
   * A hearing the court set, at the court's local time (the debtor's state: a debt collector sues where the debtor
   * lives, FDCPA 1692i). The legal team is reminded {@code recourse.legal.hearing-reminder-days} before it: the
   * suit's process starts a timer for it.
   */
  /** Records the suit of {@code caseNumber} as filed, and the first hearing when the court set one. */
  @Transactional
  public void record(String caseNumber, String processInstanceId, SuitFiled suit, String actor) {
    fileSuit(processInstanceId, suit.court(), suit.courtCaseNumber(), suit.filedOn(), actor);
    if (suit.hearing() != null) {
      scheduleHearing(caseNumber, suit.hearing().day(), suit.hearing().time(), suit.hearing().purpose(), actor);
    }
  }

  /** Records the next step in enforcing the judgment of the suit {@code processInstanceId}. */
  @Transactional
  void record(String processInstanceId, EnforcementDecision decision, String actor) {
    if (decision instanceof EnforcementDecision.Served served) {
      recordEnforcement(processInstanceId, served.kind(), served.garnishee(), served.servedOn(), served.detail(),
          actor);
    } else if (decision instanceof EnforcementDecision.Settled settled) {
      recordSettlement(processInstanceId, settled.amount(), settled.payBy(), actor);
    } else if (decision instanceof EnforcementDecision.Uncollectable uncollectable) {
      giveUp(processInstanceId, uncollectable.reason(), actor);
    }
  }

  /** Records what the court decided in the suit of {@code caseNumber} (its process {@code processInstanceId}). */
  @Transactional
  void record(String caseNumber, String processInstanceId, CourtDecision decision, String actor) {
    if (decision instanceof CourtDecision.HearingSet hearing) {
      scheduleHearing(caseNumber, hearing.day(), hearing.time(), hearing.purpose(), actor);
    } else if (decision instanceof CourtDecision.Judgment judgment) {
      recordJudgment(processInstanceId, judgment.day(), judgment.amount(), judgment.costs(), judgment.interest(),
          actor);
    } else if (decision instanceof CourtDecision.Dismissal dismissal) {
      dismiss(processInstanceId, dismissal.day(), dismissal.reason(), actor);
    } else if (decision instanceof CourtDecision.Settled settled) {
      recordSettlement(processInstanceId, settled.amount(), settled.payBy(), actor);
    }
  }

  @Transactional
  public Hearing scheduleHearing(String caseNumber, LocalDate day, LocalTime time, String purpose, String actor) {
    LegalReferral referral = suitInProgress(caseNumber);
    ZonedDateTime at = ZonedDateTime.of(day, time, courtZone(referral.getAccountId()));
    List<FieldProblem> problems = new ArrayList<>();
    if (!at.toInstant().isAfter(clock.instant())) {
      problems.add(new FieldProblem("hearingDate", "The hearing of " + day + " at " + time + " (" + at.getZone()
          + ") is in the past"));
    }
    if (purpose == null || purpose.isBlank()) {
      problems.add(new FieldProblem("purpose", "Say what the hearing is for (e.g. pre-trial conference)"));
    }
    refuseIf("The hearing was not scheduled", problems);
    Instant remindAt = at.minusDays(settings.getHearingReminderDays()).toInstant();
    Hearing hearing = hearings.saveAndFlush(new Hearing(referral.getId(), at, purpose.trim(),
        remindAt.isBefore(clock.instant()) ? clock.instant() : remindAt, actor, clock.instant()));
    record(referral, actor, "Hearing scheduled: " + hearing.getPurpose() + " on " + DAY.format(at) + " at "
        + TIME.format(at) + "; legal is reminded on " + LocalDate.ofInstant(hearing.getRemindAt(), at.getZone()));
    runtime.createMessageCorrelation(LegalProcess.MSG_HEARING_SCHEDULED)
        .processInstanceId(referral.getProcessInstanceId())
        .setVariableLocal(LegalProcess.HEARING_ID, hearing.getId())
        .correlateWithResult();
    return hearing;
  }

  /** A hearing called off or moved (a moved one is scheduled again): no reminder for it. */
  @Transactional
  public Hearing cancelHearing(String caseNumber, long hearingId, String reason, String actor) {
    LegalReferral referral = suitInProgress(caseNumber);
    Hearing hearing = hearings.findById(hearingId).filter(h -> h.getReferralId() == referral.getId())
        .orElseThrow(() -> new NoSuchElementException("case " + caseNumber + " has no hearing " + hearingId));
    if (hearing.isCancelled()) {
      throw new ConflictException("hearing", "hearing " + hearingId + " was cancelled on " + hearing.getCancelledAt());
    }
    hearing.cancel(actor, clock.instant(), reason);
    record(referral, actor, "Hearing of " + DAY.format(hearing.localTime()) + " cancelled: " + reason);
    return hearing;
  }

  /** When the legal team is to be reminded of a hearing: the time of its timer. */
  @Transactional(readOnly = true)
  public Date hearingReminderAt(long hearingId) {
    return Date.from(hearing(hearingId).getRemindAt());
  }

  /**
   * Reminds the legal team of a hearing: an e-mail to the legal inbox and a line in the case's history. Once; not for
   * a hearing cancelled since. Returns whether it reminded.
   */
  @Transactional
  public boolean remindHearing(long hearingId) {
    Hearing hearing = hearing(hearingId);
    if (hearing.isCancelled() || hearing.getRemindedAt() != null) {
      return false;
    }
    LegalReferral referral = referrals.findById(hearing.getReferralId()).orElseThrow();
    CollectionCase subject = cases.byId(referral.getCaseId());
    ZonedDateTime at = hearing.localTime();
    String how = "";
    if (outbox.sends()) {
      AccountSummary account = accounts.summary(subject.getAccountId());
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("caseNumber", subject.getCaseNumber());
      model.put("debtorName", account.debtorName());
      model.put("balance", ledger.balance(subject.getAccountId()));
      model.put("purpose", hearing.getPurpose());
      model.put("hearingDay", DAY.format(at));
      model.put("hearingTime", TIME.format(at));
      model.put("court", referral.getCourt());
      model.put("courtCaseNumber", referral.getCourtCaseNumber());
      model.put("litigationUrl", correspondence.getPublicUrl() + "/api/cases/" + subject.getCaseNumber()
          + "/litigation");
      outbox.enqueueInternal(subject, settings.getInbox(), "hearing-reminder", account.currency(), model, null);
      how = "; queued for e-mail to " + settings.getInbox();
    }
    hearing.reminded(clock.instant());
    record(referral, Actors.SYSTEM, "Reminder: " + hearing.getPurpose() + " on "
        + DAY.format(at) + " at " + TIME.format(at) + how);
    return true;
  }

  /**
   * The judgment: what the court awarded, with costs and interest. The ledger's balance becomes what the judgment
   * awards less what was paid since it was entered, by one adjustment that names the judgment.
   */
  @Transactional
  public LegalReferral recordJudgment(String processInstanceId, LocalDate on, BigDecimal amount, BigDecimal costs,
      BigDecimal interest, String actor) {
    LegalReferral referral = suitAwaitingDecision(processInstanceId);
    List<FieldProblem> problems = new ArrayList<>();
    courtDate(referral, on, "judgmentDate", "judgment", problems);
    if (amount.signum() <= 0) {
      problems.add(new FieldProblem("judgmentAmount", "The judgment amount must be greater than zero"));
    }
    if (costs.signum() < 0) {
      problems.add(new FieldProblem("judgmentCosts", "The costs awarded cannot be negative"));
    }
    if (interest.signum() < 0) {
      problems.add(new FieldProblem("judgmentInterest", "The interest awarded cannot be negative"));
    }
    refuseIf("The judgment was not recorded", problems);
    referral.judgment(on, amount, costs, interest, actor);
    long accountId = referral.getAccountId();
    BigDecimal owed = referral.judgmentTotal().subtract(ledger.paidSince(accountId, on));
    BigDecimal change = owed.subtract(ledger.balance(accountId));
    if (change.signum() != 0) {
      ledger.adjust(accountId, change, truncate("Judgment of " + on + ", " + referral.getCourtCaseNumber() + ": "
          + Money.usd(amount) + " + costs " + Money.usd(costs) + " + interest " + Money.usd(interest), 200), actor);
    }
    record(referral, actor, "Judgment of " + on + " for " + Money.usd(amount) + " + costs " + Money.usd(costs)
        + " + interest " + Money.usd(interest) + " = " + Money.usd(referral.judgmentTotal()) + "; balance now "
        + Money.usd(ledger.balance(accountId)));
    return referral;
  }

  /** The court dismissed the suit. */
  @Transactional
  public LegalReferral dismiss(String processInstanceId, LocalDate on, String reason, String actor) {
    LegalReferral referral = suitAwaitingDecision(processInstanceId);
    List<FieldProblem> problems = new ArrayList<>();
    courtDate(referral, on, "dismissedOn", "dismissal", problems);
    refuseIf("The dismissal was not recorded", problems);
    referral.dismissed(on, reason);
    record(referral, actor, "Suit dismissed on " + on + ": " + reason);
    return referral;
  }

  /** A garnishment, levy or lien served to enforce the judgment. */
  @Transactional
  public Enforcement recordEnforcement(String processInstanceId, EnforcementKind kind, String garnishee,
      LocalDate servedOn, String detail, String actor) {
    LegalReferral referral = inLitigation(processInstanceId);
    if (!referral.hasJudgment()) {
      throw new ConflictException("enforcement", "the suit of " + caseNumber(referral) + " has no judgment to enforce");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (servedOn.isAfter(today())) {
      problems.add(new FieldProblem("servedOn", "The service date " + servedOn + " is in the future"));
    } else if (servedOn.isBefore(referral.getJudgmentOn())) {
      problems.add(new FieldProblem("servedOn", "The service date " + servedOn + " is before the judgment of "
          + referral.getJudgmentOn()));
    }
    if (kind.needsGarnishee() && (garnishee == null || garnishee.isBlank())) {
      problems.add(new FieldProblem("garnishee", "A " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " names who is ordered to pay (the employer, the bank)"));
    }
    refuseIf("The enforcement was not recorded", problems);
    Enforcement enforcement = enforcements.save(new Enforcement(referral.getId(), kind,
        garnishee == null || garnishee.isBlank() ? null : garnishee.trim(), servedOn, detail, actor, clock.instant()));
    record(referral, actor, kind.name().replace('_', ' ').toLowerCase(Locale.ROOT) + " served on " + servedOn
        + (enforcement.getGarnishee() == null ? "" : " on " + enforcement.getGarnishee())
        + (detail == null ? "" : ": " + detail));
    return enforcement;
  }

  /**
   * A settlement agreed in the suit: less than the balance, to be paid by a date. Paid by then it ends the suit;
   * otherwise it lapses and the suit goes on.
   */
  @Transactional
  public LitigationSettlement recordSettlement(String processInstanceId, BigDecimal amount, LocalDate payBy,
      String actor) {
    LegalReferral referral = inLitigation(processInstanceId);
    if (settlements.findFirstByReferralIdAndStatusOrderByIdDesc(referral.getId(),
        LitigationSettlement.Status.AGREED).isPresent()) {
      throw new ConflictException("settlement", "the suit of " + caseNumber(referral) + " already has a settlement"
          + " waiting to be paid");
    }
    BigDecimal balance = ledger.balance(referral.getAccountId());
    LocalDate today = today();
    List<FieldProblem> problems = new ArrayList<>();
    if (amount.signum() <= 0) {
      problems.add(new FieldProblem("settlementAmount", "The settlement amount must be greater than zero"));
    } else if (amount.compareTo(balance) >= 0) {
      problems.add(new FieldProblem("settlementAmount", "A settlement is for less than the balance of "
          + Money.usd(balance) + "; " + Money.usd(amount) + " is not"));
    }
    if (payBy.isBefore(today)) {
      problems.add(new FieldProblem("payBy", "The settlement cannot be due on " + payBy + ": that is in the past"));
    } else if (payBy.isAfter(today.plusDays(settings.getMaxSettlementDaysAhead()))) {
      problems.add(new FieldProblem("payBy", "A settlement is due within " + settings.getMaxSettlementDaysAhead()
          + " days, by " + today.plusDays(settings.getMaxSettlementDaysAhead()) + " at the latest"));
    }
    refuseIf("The settlement was not recorded", problems);
    LitigationSettlement settlement = settlements.save(new LitigationSettlement(referral.getId(), amount, balance,
        today, payBy, actor, clock.instant()));
    record(referral, actor, "Settlement agreed: " + Money.usd(amount) + " of the balance of " + Money.usd(balance)
        + ", to be paid by " + payBy);
    return settlement;
  }

  /** When the suit's process looks at the settlement waiting to be paid: the day after it was due. */
  @Transactional(readOnly = true)
  public Date settlementDueAt(String caseNumber) {
    LegalReferral referral = suitInProgress(caseNumber);
    LitigationSettlement settlement = agreedSettlement(referral)
        .orElseThrow(() -> new ConflictException("settlement", "no settlement of " + caseNumber + " is waiting"));
    return Date.from(settlement.getPayBy().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }

  /**
   * The settlement's day has passed: paid in full (the suit ends as settled), or it lapses and the suit goes on.
   * Returns whether it was paid.
   */
  @Transactional
  public boolean checkSettlement(String processInstanceId) {
    LegalReferral referral = inLitigation(processInstanceId);
    Optional<LitigationSettlement> waiting = agreedSettlement(referral);
    if (waiting.isEmpty()) {
      return settlements.findByReferralIdOrderByIdAsc(referral.getId()).stream()
          .anyMatch(s -> s.getStatus() == LitigationSettlement.Status.PAID);
    }
    LitigationSettlement settlement = waiting.get();
    BigDecimal paid = paidTowards(referral, settlement);
    if (paid.compareTo(settlement.getAmount()) >= 0) {
      settlement.paid(clock.instant());
      return true;
    }
    settlement.lapsed(clock.instant());
    record(referral, Actors.SYSTEM, "Settlement of " + Money.usd(settlement.getAmount())
        + " due " + settlement.getPayBy() + " lapsed with " + Money.usd(paid) + " paid: the suit goes on");
    return false;
  }

  /**
   * A payment arrived during the suit: whether it ends it, and how. A settlement waiting to be paid and now paid
   * ends it as settled; a cleared balance as a satisfied judgment or, before any judgment, as paid in full.
   */
  @Transactional
  public Optional<LegalOutcome> applyPayment(String processInstanceId) {
    LegalReferral referral = inLitigation(processInstanceId);
    Optional<LitigationSettlement> waiting = agreedSettlement(referral);
    if (waiting.isPresent() && paidTowards(referral, waiting.get()).compareTo(waiting.get().getAmount()) >= 0) {
      waiting.get().paid(clock.instant());
      return Optional.of(LegalOutcome.SETTLED);
    }
    if (ledger.balance(referral.getAccountId()).signum() <= 0) {
      return Optional.of(referral.hasJudgment() ? LegalOutcome.JUDGMENT_SATISFIED : LegalOutcome.PAID_IN_FULL);
    }
    return Optional.empty();
  }

  /** Nothing more can be recovered: why, for the outcome. */
  @Transactional
  public void giveUp(String processInstanceId, String reason, String actor) {
    LegalReferral referral = inLitigation(processInstanceId);
    record(referral, actor, "Nothing more to recover: " + reason);
    referral.concludedBecause(reason);
  }

  /**
   * Ends the suit with its outcome. A kept settlement writes off what remains of the balance. Once: concluding a
   * concluded referral again changes nothing.
   */
  @Transactional
  public LegalReferral conclude(String processInstanceId, LegalOutcome outcome, String actor) {
    LegalReferral referral = referrals.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no referral for process " + processInstanceId));
    if (referral.getStatus() == ReferralStatus.CONCLUDED) {
      return referral;
    }
    long accountId = referral.getAccountId();
    String note = switch (outcome) {
      case SETTLED -> {
        LitigationSettlement settlement = settlements.findByReferralIdOrderByIdAsc(referral.getId()).stream()
            .filter(s -> s.getStatus() != LitigationSettlement.Status.LAPSED).reduce((a, b) -> b)
            .orElseThrow(() -> new IllegalStateException("no settlement of " + caseNumber(referral) + " was kept"));
        if (settlement.getStatus() == LitigationSettlement.Status.AGREED) {
          settlement.paid(clock.instant());
        }
        BigDecimal rest = ledger.balance(accountId);
        if (rest.signum() > 0) {
          ledger.adjust(accountId, rest.negate(), "Settled in litigation for " + Money.usd(settlement.getAmount())
              + ": the rest written off", actor);
        }
        yield "settlement of " + Money.usd(settlement.getAmount()) + " paid; " + Money.usd(rest.max(BigDecimal.ZERO))
            + " written off";
      }
      case JUDGMENT_SATISFIED -> "judgment of " + referral.getJudgmentOn() + " for "
          + Money.usd(referral.judgmentTotal()) + " paid in full";
      case PAID_IN_FULL -> "balance paid in full before judgment";
      case DISMISSED -> "dismissed on " + referral.getDismissedOn() + ": " + referral.getDismissalReason();
      case UNCOLLECTABLE -> referral.getOutcomeNote() == null ? "uncollectable" : referral.getOutcomeNote();
      case RETURNED -> throw new IllegalArgumentException("a suit does not end by being returned");
    };
    referral.concluded(outcome, truncate(note, 500), clock.instant());
    cases.record(caseNumber(referral), CaseEventKind.LEGAL_OUTCOME, actor, outcome + ": " + note);
    return referral;
  }

  /**
   * A payment received in the suit (from a garnishee, a levied bank, the debtor's counsel), posted once by its
   * reference through {@link Payments}: the ledger and the case's processes hear of it at once.
   */
  public PaymentPosting receivePayment(String caseNumber, Payment payment, String actor) {
    suitInProgress(caseNumber);
    return payments.receive(caseNumber, payment, actor);
  }

  @Transactional(readOnly = true)
  public List<Hearing> hearings(LegalReferral referral) {
    return hearings.findByReferralIdOrderByHearingAtAsc(referral.getId());
  }

  @Transactional(readOnly = true)
  public List<Enforcement> enforcements(LegalReferral referral) {
    return enforcements.findByReferralIdOrderByIdAsc(referral.getId());
  }

  @Transactional(readOnly = true)
  public List<LitigationSettlement> settlements(LegalReferral referral) {
    return settlements.findByReferralIdOrderByIdAsc(referral.getId());
  }

  /** What has been paid towards a settlement: every payment since the day it was agreed. */
  private BigDecimal paidTowards(LegalReferral referral, LitigationSettlement settlement) {
    return ledger.paidSince(referral.getAccountId(), settlement.getAgreedOn());
  }

  private Optional<LitigationSettlement> agreedSettlement(LegalReferral referral) {
    return settlements.findFirstByReferralIdAndStatusOrderByIdDesc(referral.getId(), LitigationSettlement.Status.AGREED);
  }

  /** A court's date: not in the future, and not before the suit was filed. */
  private void courtDate(LegalReferral referral, LocalDate on, String field, String what, List<FieldProblem> problems) {
    if (on.isAfter(today())) {
      problems.add(new FieldProblem(field, "The " + what + " date " + on + " is in the future"));
    } else if (on.isBefore(referral.getSuitFiledOn())) {
      problems.add(new FieldProblem(field, "The " + what + " date " + on + " is before the suit was filed, on "
          + referral.getSuitFiledOn()));
    }
  }

  private LegalReferral inLitigation(String processInstanceId) {
    LegalReferral referral = referrals.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no referral for process " + processInstanceId));
    if (referral.getStatus() != ReferralStatus.IN_LITIGATION) {
      throw new ConflictException("status", "the referral of " + caseNumber(referral) + " is "
          + referral.getStatus() + ", not in litigation");
    }
    return referral;
  }

  /** A filed suit with no judgment or dismissal yet. */
  private LegalReferral suitAwaitingDecision(String processInstanceId) {
    LegalReferral referral = inLitigation(processInstanceId);
    if (referral.getSuitFiledOn() == null) {
      throw new ConflictException("suit", "no suit of " + caseNumber(referral) + " has been filed");
    }
    if (referral.hasJudgment() || referral.getDismissedOn() != null) {
      throw new ConflictException("suit", "the suit of " + caseNumber(referral) + " was decided already");
    }
    return referral;
  }

  /** The case's referral in litigation, for what may come at any time during the suit. */
  private LegalReferral suitInProgress(String caseNumber) {
    CollectionCase subject = cases.require(caseNumber);
    return referrals.findFirstByCaseIdOrderByIdDesc(subject.getId())
        .filter(r -> r.getStatus() == ReferralStatus.IN_LITIGATION)
        .orElseThrow(() -> new ConflictException("case " + caseNumber + " is not in litigation"));
  }

  private Hearing hearing(long hearingId) {
    return hearings.findById(hearingId).orElseThrow(() -> new NoSuchElementException("there is no hearing "
        + hearingId));
  }

  /** Courts sit where the debtor lives: the hearing's times are in the first zone of the debtor's state. */
  private ZoneId courtZone(long accountId) {
    return StateTimeZones.of(accounts.summary(accountId).state()).get(0);
  }

  private void record(LegalReferral referral, String actor, String detail) {
    cases.record(caseNumber(referral), CaseEventKind.LITIGATION, actor, detail);
  }

  private static void refuseIf(String what, List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InputRejectedException(what, problems);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String caseNumber(LegalReferral referral) {
    return CaseNumbers.of(referral.getCaseId());
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
