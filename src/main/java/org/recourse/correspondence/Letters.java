package org.recourse.correspondence;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.account.Language;
import org.recourse.account.PostalAddress;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseworkSettings;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRefusedException;
import org.recourse.compliance.ContactRules;
import org.recourse.compliance.FederalHolidays;
import org.recourse.compliance.Hold;
import org.recourse.compliance.Holds;
import org.recourse.compliance.LimitationPeriods;
import org.recourse.compliance.RestrictionKind;
import org.recourse.compliance.ValidationPeriod;
import org.recourse.correspondence.LetterData.*;
import org.recourse.correspondence.internal.DocumentRepository;
import org.recourse.correspondence.internal.MailOptOuts;
import org.recourse.correspondence.internal.TemplateCatalog;
import org.recourse.payment.Ledger;
import org.recourse.payment.LedgerEntry;
import org.recourse.payment.LedgerEntryKind;
import org.recourse.payment.StatementOfAccount;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes letters to debtors. A letter is recorded with the data it states (the case's facts and those of its
 * occasion) and its channel: the post (the daily print batch) or, where the debtor consented to e-mail and has not
 * opted out, an e-mail in the outbox. All of it commits with the business change that caused it, and a case gets one
 * letter per occasion, however often a job is retried or however many nodes run it. {@link DocumentRendering} lays
 * the letter out as PDF/A right after and stores it with its hash and template version.
 */
@Service
public class Letters {

  private static final Logger LOG = LoggerFactory.getLogger(Letters.class);

  /** The facts each letter needs that Recourse cannot derive from the case alone. */
  private static final Map<LetterKind, Set<String>> REQUIRED = Map.of(
      LetterKind.PROMISE_CONFIRMATION, Set.of("promise"),
      LetterKind.PLAN_AGREEMENT, Set.of("plan"),
      LetterKind.SETTLEMENT_OFFER, Set.of("settlement"),
      LetterKind.SETTLEMENT_AGREEMENT, Set.of("settlement"),
      LetterKind.INSTALLMENT_REMINDER, Set.of("plan", "installment", "cureBy"),
      LetterKind.PLAN_DEFAULT, Set.of("plan", "missed"),
      // The original creditor's address comes from the creditor's records, which the person answering has.
      LetterKind.ORIGINAL_CREDITOR, Set.of("originalCreditor"));

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final LetterRenderer renderer;
  private final DocumentRepository documents;
  private final Outbox outbox;
  private final MailOptOuts optOuts;
  private final CorrespondenceSettings settings;
  private final CaseworkSettings casework;
  private final ValidationPeriod validationPeriod;
  private final FederalHolidays holidays;
  private final Clock clock;
  private final boolean mailConfigured;
  private final ContactGuard guard;
  private final Holds holds;
  private final LimitationPeriods limitations;

  Letters(CollectionCases cases, AccountRegistry accounts, Ledger ledger, LetterRenderer renderer,
      DocumentRepository documents, Outbox outbox, MailOptOuts optOuts,
      CorrespondenceSettings settings, CaseworkSettings casework, ValidationPeriod validationPeriod,
      FederalHolidays holidays, Clock clock, ObjectProvider<MailDispatcher> dispatcher, ContactGuard guard,
      Holds holds, LimitationPeriods limitations) {
    this.guard = guard;
    this.holds = holds;
    this.limitations = limitations;
    this.cases = cases;
    this.accounts = accounts;
    this.ledger = ledger;
    this.renderer = renderer;
    this.documents = documents;
    this.outbox = outbox;
    this.optOuts = optOuts;
    this.settings = settings;
    this.casework = casework;
    this.validationPeriod = validationPeriod;
    this.holidays = holidays;
    this.clock = clock;
    this.mailConfigured = dispatcher.getIfAvailable() != null;
  }

  /**
   * Sends the validation notice, once per case, and records on the case when it went out and when its validation
   * period ends. Returns that end date.
   */
  @Transactional
  public LocalDate sendValidationNotice(String caseNumber, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    if (subject.getValidationPeriodEnds() != null) {
      return subject.getValidationPeriodEnds();
    }
    Document notice = send(caseNumber, LetterKind.VALIDATION_NOTICE, LetterKind.VALIDATION_NOTICE.template(),
        Map.of(), actor);
    return recordValidationNotice(subject, notice, actor);
  }

  /** Records on the case the notice written and the last day of the validation period it opens; returns that day. */
  private LocalDate recordValidationNotice(CollectionCase subject, Document notice, String actor) {
    LocalDate ends = validationPeriod.endDate(notice.getLetterDate());
    cases.recordValidationNotice(subject, notice.getLetterDate(), ends, actor);
    return ends;
  }

  /**
   * Sends the validation notice of a case that its placement opens in this transaction, from what the placement
   * holds (the account as registered, its opening ledger entries): nothing is read back, so that a chunk of a
   * portfolio places its cases and their notices together. Answers the last day of the validation period it opens,
   * recorded on the case; or empty, with nothing recorded, when the notice cannot go with the placement (the guard
   * refused it, or its facts could not be written): the spine's own step then sends it, retried.
   */
  @Transactional
  public Optional<LocalDate> sendValidationNoticeAtPlacement(CollectionCase subject, AccountSummary account,
      List<LedgerEntry> entries, String actor) {
    LetterKind kind = LetterKind.VALIDATION_NOTICE;
    Draft draft;
    try {
      ContactRules.Decision decision = guard.decideForNewCase(subject, account, letterRequest(kind), actor);
      if (!decision.allowed()) {
        return Optional.empty();
      }
      draft = draft(subject, account, kind, Map.of(), entries);
    } catch (RuntimeException notWritten) {
      LOG.warn("The validation notice of {} could not go with its placement; the case's process sends it",
          subject.getCaseNumber(), notWritten);
      return Optional.empty();
    }
    return Optional.of(recordValidationNotice(subject, post(subject, account, draft, kind.template(), actor), actor));
  }

  /**
   * As {@link #send}, for a step of a process that goes on without the letter when the contact guard withholds it:
   * the case's history then says which letter was withheld and why.
   */
  @Transactional
  public Optional<Document> sendIfAllowed(String caseNumber, LetterKind kind, String occasion, Map<String, ?> facts,
      String actor) {
    try {
      return Optional.of(send(caseNumber, kind, occasion, facts, actor));
    } catch (ContactRefusedException withheld) {
      cases.record(caseNumber, CaseEventKind.LETTER_WITHHELD, actor, kind.template() + " not sent: "
          + withheld.decision().rule() + " — " + withheld.decision().reason());
      return Optional.empty();
    }
  }

  /**
   * The day a final demand of that date asks payment by: the end of its waiting period, which the spine waits out and
   * legal eligibility checks, so that no referral comes before the day the debtor was given.
   */
  public LocalDate payBy(LocalDate letterDate) {
    return letterDate.plusDays(casework.getFinalDemandWaitingPeriod().toDays());
  }

  /** The letter confirming a debt paid, or settled, in full; once per case. */
  @Transactional
  public Optional<Document> sendPaidInFull(String caseNumber, boolean settled, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    BigDecimal paid = paid(ledger.entries(subject.getAccountId()));
    return sendIfAllowed(caseNumber, LetterKind.PAID_IN_FULL, LetterKind.PAID_IN_FULL.template(),
        Map.of("resolution", new Resolution(settled, paid, LocalDate.now(clock))), actor);
  }

  /**
   * Sends a letter for an occasion of a case (e.g. {@code final-demand}, {@code installment-reminder:12:3}) unless
   * one was already produced for that occasion, which is then returned unchanged.
   */
  @Transactional
  public Document send(String caseNumber, LetterKind kind, String occasion, Map<String, ?> facts, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    Optional<Document> existing = documents.findByCaseIdAndOccasion(subject.getId(), occasion);
    if (existing.isPresent()) {
      return existing.get();
    }
    AccountSummary account = accounts.summary(subject.getAccountId());
    // The contact guard first: cease, refusal to pay or an attorney allow only some letters, or none.
    guard.require(caseNumber, account, letterRequest(kind), actor);
    return post(subject, account, draft(subject, account, kind, facts, ledger.entries(subject.getAccountId())),
        occasion, actor);
  }

  private static ContactRules.Request letterRequest(LetterKind kind) {
    return new ContactRules.Request(ContactChannel.LETTER, null, kind.template());
  }

  /** A letter written and not yet recorded: the way it goes, its date, the facts it states, its template. */
  private record Draft(LetterKind kind, Optional<String> email, LocalDate letterDate, String json,
      TemplateCatalog.Template template) {

    Channel channel() {
      return email.isPresent() ? Channel.EMAIL : Channel.POST;
    }
  }

  private Draft draft(CollectionCase subject, AccountSummary account, LetterKind kind, Map<String, ?> facts,
      List<LedgerEntry> entries) {
    Optional<String> email = !mailConfigured ? Optional.empty() : account.emails().stream()
        .filter(AccountSummary.Email::consentToEmail)
        .map(AccountSummary.Email::address)
        .filter(address -> !optOuts.isOptedOut(address))
        .findFirst();
    LocalDate today = LocalDate.now(clock);
    // A letter by post is dated the day it leaves, after the print house's lead time; an e-mail leaves today.
    LocalDate letterDate = email.isEmpty() && settings.getPostLeadBusinessDays() > 0
        ? holidays.businessDaysAfter(today, settings.getPostLeadBusinessDays()) : today;
    return new Draft(kind, email, letterDate,
        data(subject, account, kind, account.language(), letterDate, facts, entries).json(),
        renderer.template(kind, account.language()));
  }

  /** Records the letter with every fact it states; the renderer (DocumentRendering) lays it out as PDF right after. */
  private Document post(CollectionCase subject, AccountSummary account, Draft draft, String occasion, String actor) {
    Document document = documents.save(new Document(subject.getId(), draft.kind().template(), occasion,
        draft.template(), account.language().code(), account.currency().getCurrencyCode(), draft.channel(),
        draft.json(), draft.letterDate(), clock.instant(), actor));
    draft.email().ifPresent(address -> outbox.enqueueLetter(document, subject, account, address));
    cases.record(subject.getCaseNumber(), CaseEventKind.LETTER_SENT, actor, document.describe() + " dated "
        + draft.letterDate() + draft.email().map(address -> ", queued for e-mail to " + address)
            .orElse(", queued for the post") + " (document " + document.getId() + ")");
    return document;
  }

  /** Renders a letter for a case as it would be sent today, without storing or sending anything. */
  @Transactional(readOnly = true)
  public LetterRenderer.RenderedLetter preview(String caseNumber, LetterKind kind, Language language,
      Map<String, ?> facts) {
    CollectionCase subject = cases.require(caseNumber);
    AccountSummary account = accounts.summary(subject.getAccountId());
    Language in = language != null ? language : account.language();
    return renderer.render(kind, in, account.currency(), data(subject, account, kind, in, LocalDate.now(clock), facts,
        ledger.entries(subject.getAccountId())));
  }

  private LetterData data(CollectionCase subject, AccountSummary account, LetterKind kind, Language language,
      LocalDate letterDate, Map<String, ?> facts, List<LedgerEntry> entries) {
    List<FieldProblem> missing = new ArrayList<>();
    for (String required : REQUIRED.getOrDefault(kind, Set.of())) {
      if (facts.get(required) == null) {
        missing.add(new FieldProblem(required, "the " + kind.template() + " letter needs its " + required));
      }
    }
    if (!missing.isEmpty()) {
      throw new InputRejectedException("The letter cannot be written without these facts", missing);
    }
    BigDecimal balance = entries.stream().map(LedgerEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    LetterData data = new LetterData(
        new Letter(kind.template(), letterDate, subject.getCaseNumber(), language.code()),
        collector(language),
        new Party(account.debtorName(), PostalAddress.lines(account.mailingAddress())),
        new AccountFacts(account.originalCreditor(), account.originalCreditor(), account.currentCreditor(),
            account.maskedAccountNumber(), account.product().name(), balance));
    Map<String, Object> all = new LinkedHashMap<>(derivedFacts(kind, subject, account, entries, balance, letterDate));
    all.putAll(facts);
    // Where the state requires it, every letter after the debt became time-barred says it cannot be sued on.
    LimitationPeriods.Limitation limitation = limitations.of(account, entries, letterDate);
    if (limitation.disclosureRequired()) {
      all.put("timeBarred", new TimeBarred(limitation.state().name(), limitation.expiresOn()));
    }
    return data.with(all);
  }

  /** The facts Recourse knows from the case itself, for the letters that need no more. */
  private Map<String, Object> derivedFacts(LetterKind kind, CollectionCase subject, AccountSummary placed,
      List<LedgerEntry> entries, BigDecimal balance, LocalDate letterDate) {
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> facts = new LinkedHashMap<>();
    switch (kind) {
      case VALIDATION_NOTICE -> {
        facts.put("itemization", itemization(placed, entries));
        facts.put("validation", new Validation(validationPeriod.endDate(letterDate)));
      }
      case FINAL_DEMAND -> facts.put("demand", new Demand(balance, payBy(letterDate)));
      case PAID_IN_FULL -> facts.put("resolution", new Resolution(false, paid(entries), today));
      case DISPUTE_ACKNOWLEDGEMENT -> facts.put("dispute", dispute(subject, today));
      case VERIFICATION -> {
        facts.put("itemization", itemization(placed, entries));
        facts.put("chargeOff", placed.chargeOff() == null ? null
            : new ChargeOff(placed.chargeOff().date(), placed.chargeOff().amount()));
        facts.put("lastPayment", placed.lastPayment() == null ? null
            : new LastPayment(placed.lastPayment().date(), placed.lastPayment().amount()));
        facts.put("dispute", dispute(subject, today));
      }
      case CEASE_ACKNOWLEDGEMENT -> facts.put("cease", cease(subject, today));
      case ORIGINAL_CREDITOR -> facts.put("request", new Request(holds.latestDispute(subject.getCaseNumber())
          .map(Hold::getReceivedOn).orElse(today)));
      default -> {
        // The arrangement letters' facts come from the negotiation that sends them.
      }
    }
    return facts;
  }

  /**
   * The Regulation F itemization as the ledger states it ({@link StatementOfAccount}), on the account's itemization
   * date.
   */
  static Itemization itemization(AccountSummary placed, List<LedgerEntry> entries) {
    StatementOfAccount statement = StatementOfAccount.of(entries);
    var itemization = placed.itemization();
    return new Itemization(itemization.dateType().name(), itemization.date(), statement.owedOnItemizationDate(),
        statement.interest(), statement.fees(), statement.paymentsAndCredits(), statement.balance());
  }

  private static BigDecimal paid(List<LedgerEntry> entries) {
    return entries.stream()
        .filter(entry -> entry.getKind() == LedgerEntryKind.PAYMENT || entry.getKind() == LedgerEntryKind.REVERSAL)
        .map(entry -> entry.getAmount().negate())
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** The dispute a letter answers: the latest on record, or one received today when none is. */
  private Dispute dispute(CollectionCase subject, LocalDate today) {
    return holds.latestDispute(subject.getCaseNumber())
        .map(dispute -> new Dispute(dispute.getReceivedOn(), dispute.getWithinValidationPeriod()))
        .orElseGet(() -> new Dispute(today, subject.getValidationPeriodEnds() == null ? null
            : !today.isAfter(subject.getValidationPeriodEnds())));
  }

  /** The cease request or refusal to pay a letter acknowledges: the latest still in force. */
  private Cease cease(CollectionCase subject, LocalDate today) {
    return guard.restrictions(subject.getCaseNumber()).stream()
        .filter(r -> r.isActive() && (r.getKind() == RestrictionKind.CEASE || r.getKind() == RestrictionKind.REFUSAL_TO_PAY))
        .reduce((first, later) -> later)
        .map(r -> new Cease(LocalDate.ofInstant(r.getRecordedAt(), clock.getZone()),
            r.getKind() == RestrictionKind.REFUSAL_TO_PAY))
        .orElseGet(() -> new Cease(today, false));
  }

  private Collector collector(Language language) {
    CorrespondenceSettings.Collector c = settings.getCollector();
    return new Collector(c.getName(), List.copyOf(c.getAddressLines()), c.getPhone(), c.hours(language),
        c.getWebsite(), c.getEmail());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
