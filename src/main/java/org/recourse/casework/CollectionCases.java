package org.recourse.casework;

import static org.recourse.casework.CaseProcess.Vars;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.recourse.account.Account;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.internal.CaseClosedException;
import org.recourse.casework.internal.CaseEventRepository;
import org.recourse.casework.internal.CaseFacts;
import org.recourse.casework.internal.CaseNotFoundException;
import org.recourse.casework.internal.CaseRepository;
import org.recourse.casework.internal.SpineDefinition;
import org.recourse.payment.Ledger;
import org.recourse.payment.Payment;
import org.recourse.payment.PaymentPosting;
import org.recourse.platform.CaseScope;
import org.recourse.platform.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens cases, moves them through their statuses, keeps their history, and closes them. */
@Service
public class CollectionCases {

  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final RuntimeService runtime;
  private final Ledger ledger;
  private final AccountRegistry accounts;
  private final Clock clock;

  private final ApplicationEventPublisher publisher;
  private final SpineDefinition spine;

  CollectionCases(CaseRepository cases, CaseEventRepository events, RuntimeService runtime, Ledger ledger,
      AccountRegistry accounts, Clock clock, ApplicationEventPublisher publisher, SpineDefinition spine) {
    this.spine = spine;
    this.publisher = publisher;
    this.cases = cases;
    this.events = events;
    this.runtime = runtime;
    this.ledger = ledger;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Opens the case of a newly placed account and starts its process in the caller's transaction, so that an
   * account is never placed without its case, nor a case without its process. The collection strategy is decided
   * by the process on the way in; its inputs are transient and never stored by the engine.
   *
   * <p>{@code validationNotice} sends the case's validation notice with the placement and answers the last day of
   * the validation period it opens; the process then goes straight to the collector's work. When it answers empty
   * (the notice could not go out with the placement), the process sends the notice in a step of its own, retried.
   * It runs before the process starts, on a case that is persisted and not yet flushed: whatever it needs, it takes
   * from the placement rather than from the database.
   */
  @Transactional
  public CollectionCase open(Account account, StrategyFacts facts,
      Function<CollectionCase, Optional<LocalDate>> validationNotice, String actor) {
    // The id, and so the case number, comes from the account (@MapsId). The case is in the transaction before its
    // notice and process, which record on it; the strategy the process decides is written with the same flush.
    CollectionCase opened = cases.save(new CollectionCase(account, clock.instant()));
    Optional<LocalDate> periodEnds = validationNotice.apply(opened);

    VariableMap inputs = Variables.createVariables()
        .putValueTyped(Vars.BALANCE, Variables.doubleValue(facts.balance().doubleValue(), true))
        .putValueTyped(Vars.DAYS_DELINQUENT, Variables.longValue(facts.daysDelinquent(), true))
        .putValueTyped(Vars.HAS_PHONE, Variables.booleanValue(facts.hasPhone(), true))
        .putValueTyped(Vars.HAS_EMAIL, Variables.booleanValue(facts.hasEmail(), true))
        .putValueTyped(Vars.CASE_LABEL, Variables.stringValue(CaseFacts.label(opened.getCaseNumber(),
            account.getDebtor().fullName(), facts.balance(), account.getCurrency()), true));
    periodEnds.ifPresent(ends -> inputs.putValue(Vars.VALIDATION_PERIOD_OVER, CaseProcess.periodOver(ends,
        clock.getZone())));
    VariableMap strategy = runtime.createProcessInstanceById(spine.latestId())
        .businessKey(opened.getCaseNumber())
        .setVariables(inputs)
        .executeWithVariablesInReturn()
        .getVariables();

    String segment = strategy.getValue(Vars.SEGMENT, String.class);
    Number priority = strategy.getValue(Vars.PRIORITY, Number.class);
    String queue = strategy.getValue(Vars.QUEUE, String.class);
    opened.applyStrategy(segment, priority == null ? null : priority.intValue(), queue);
    // Dated when the case opened, before its notice and its first task: a case's history begins with its placement.
    events.save(new CaseEvent(opened, opened.getOpenedAt(), actor, CaseEventKind.PLACED,
        "Account placed; segment " + segment + ", priority " + priority + ", queue " + queue));
    return opened;
  }

  @Transactional(readOnly = true)
  public Optional<CollectionCase> find(String caseNumber) {
    return cases.findByCaseNumber(caseNumber);
  }

  @Transactional(readOnly = true)
  public CollectionCase require(String caseNumber) {
    return cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
  }

  @Transactional(readOnly = true)
  public CollectionCase byId(long caseId) {
    return cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException("#" + caseId));
  }

  @Transactional(readOnly = true)
  public Optional<CollectionCase> findByAccount(long accountId) {
    return cases.findByAccountId(accountId);
  }

  @Transactional(readOnly = true)
  public Page<CollectionCase> list(CaseStatus status, Pageable page) {
    return status == null ? cases.findAll(page) : cases.findByStatus(status, page);
  }

  /** As {@link #list(CaseStatus, Pageable)}, among the cases of the scope only. */
  @Transactional(readOnly = true)
  public Page<CollectionCase> list(CaseStatus status, CaseScope scope, Pageable page) {
    if (scope.onlyThese()) {
      if (scope.ids().isEmpty()) {
        return Page.empty(page);
      }
      return status == null ? cases.findByIdIn(scope.ids(), page)
          : cases.findByStatusAndIdIn(status, scope.ids(), page);
    }
    if (scope.ids().isEmpty()) {
      return list(status, page);
    }
    return status == null ? cases.findByIdNotIn(scope.ids(), page)
        : cases.findByStatusAndIdNotIn(status, scope.ids(), page);
  }

  @Transactional
  public void moveTo(String caseNumber, CaseStatus next, String actor) {
    CollectionCase subject = requireOpen(caseNumber);
    if (subject.getStatus() != next) {
      CaseStatus previous = subject.getStatus();
      subject.moveTo(next);
      record(subject, CaseEventKind.STATUS_CHANGED, actor, previous + " → " + next);
    }
  }

  /** Adds to a case's history. The case is referred to by its id (in its number), so nothing is read. */
  @Transactional
  public void record(String caseNumber, CaseEventKind kind, String actor, String detail) {
    events.save(new CaseEvent(cases.getReferenceById(CaseNumbers.idOf(caseNumber)), clock.instant(), actor, kind,
        detail));
  }

  /** A case to refer to from another entity, without reading it. */
  @Transactional(readOnly = true)
  public CollectionCase reference(String caseNumber) {
    return cases.getReferenceById(CaseNumbers.idOf(caseNumber));
  }

  /** Counts an unanswered attempt to reach the debtor; returns how many there have been in a row. */
  @Transactional
  public int countContactAttempt(String caseNumber) {
    return requireOpen(caseNumber).countContactAttempt();
  }

  @Transactional
  public void resetContactAttempts(String caseNumber) {
    requireOpen(caseNumber).resetContactAttempts();
  }

  /** Records the validation notice written for the case (its letter date) and when its validation period ends. */
  @Transactional
  public void recordValidationNotice(CollectionCase subject, LocalDate sentOn, LocalDate periodEnds, String actor) {
    subject.recordValidationNotice(sentOn, periodEnds);
    record(subject, CaseEventKind.NOTICE_RECORDED, actor,
        "Validation notice dated " + sentOn + "; the validation period ends " + periodEnds);
  }

  /**
   * The validation notice was withheld as it was leaving (by post or e-mail): the case no longer counts one as sent,
   * so that no form, letter or eligibility check speaks of a validation period that never began.
   */
  @Transactional
  public void validationNoticeWithheld(String caseNumber, String why, String actor) {
    CollectionCase subject = require(caseNumber);
    subject.forgetValidationNotice();
    record(subject, CaseEventKind.NOTICE_WITHHELD, actor, "Validation notice not sent: "
        + (why.endsWith(".") ? why.substring(0, why.length() - 1) : why)
        + "; no validation period runs until a notice goes out");
  }

  @Transactional
  public void assign(String caseNumber, String collector) {
    requireOpen(caseNumber).assignTo(collector);
  }

  @Transactional(readOnly = true)
  public BigDecimal balance(String caseNumber) {
    return ledger.balance(require(caseNumber).getAccountId());
  }

  /**
   * Posts the whole balance as one payment the collector took, under the payment's own reference. Posting the
   * same reference again is a no-op; a reference already used for another payment is refused by the ledger.
   */
  @Transactional
  public PaymentPosting takeFullPayment(String caseNumber, String reference, String actor) {
    CollectionCase subject = requireOpen(caseNumber);
    BigDecimal balance = ledger.balance(subject.getAccountId());
    if (balance.signum() <= 0) {
      throw new IllegalStateException("nothing is owed on case " + caseNumber);
    }
    PaymentPosting posting = ledger.postPayment(subject.getAccountId(),
        new Payment(reference, balance, LocalDate.now(clock), "Paid in full, taken by " + actor), actor);
    if (!posting.alreadyPosted()) {
      record(subject, CaseEventKind.PAYMENT_POSTED, actor,
          Money.usd(balance) + " paid in full, reference " + reference);
    }
    return posting;
  }

  /** Closes a case once; closing a closed case again changes nothing and returns false. */
  @Transactional
  public boolean close(String caseNumber, CloseReason reason, String actor, String detail) {
    CollectionCase subject = require(caseNumber);
    if (!subject.getStatus().isOpen()) {
      return false;
    }
    subject.close(reason, clock.instant());
    record(subject, CaseEventKind.CLOSED, actor, reason + (detail == null || detail.isBlank() ? "" : ": " + detail));
    publisher.publishEvent(new CaseClosed(caseNumber, reason, actor));
    return true;
  }

  /**
   * Reopens a case that a payment had closed, when that payment is reversed: a new run of the spine starts at the
   * collector's work, with the case's strategy and validation period as they were.
   */
  @Transactional
  public void reopen(String caseNumber, String actor, String why) {
    CollectionCase subject = require(caseNumber);
    CloseReason was = subject.getCloseReason();
    subject.reopen();
    record(subject, CaseEventKind.REOPENED, actor, "Reopened (was closed " + was + "): " + why);
    VariableMap variables = Variables.createVariables()
        .putValue(Vars.PRIORITY, subject.getPriority())
        .putValue(Vars.QUEUE, subject.getQueue());
    if (subject.getValidationPeriodEnds() != null) {
      variables.putValue(CaseProcess.Vars.VALIDATION_PERIOD_OVER,
          CaseProcess.periodOver(subject.getValidationPeriodEnds(), clock.getZone()));
    }
    runtime.createProcessInstanceByKey(CaseProcess.COLLECTION_CASE)
        .businessKey(caseNumber)
        .startBeforeActivity(CaseProcess.BACK_TO_COLLECTOR)
        .setVariables(variables)
        .execute();
  }

  @Transactional(readOnly = true)
  public List<CaseEvent> history(CollectionCase subject) {
    return events.history(subject.getId());
  }

  /** The case, refused as a conflict when it is closed. */
  @Transactional(readOnly = true)
  public CollectionCase requireOpen(String caseNumber) {
    CollectionCase subject = require(caseNumber);
    if (!subject.getStatus().isOpen()) {
      throw new CaseClosedException(caseNumber);
    }
    return subject;
  }

  private void record(CollectionCase subject, CaseEventKind kind, String actor, String detail) {
    events.save(new CaseEvent(subject, clock.instant(), actor, kind, detail));
  }
}
