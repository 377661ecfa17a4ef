package org.recourse.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.recourse.payment.internal.FourEyesException;
import org.recourse.payment.internal.Refund;
import org.recourse.payment.internal.RefundDecided;
import org.recourse.payment.internal.RefundRepository;
import org.recourse.payment.internal.RefundRequested;
import org.recourse.payment.internal.RefundStatus;
import org.recourse.platform.CaseScope;
import org.recourse.platform.ConflictException;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds of credit balances, by the rules whoever asks (the API, a task listener): a refund is requested for at
 * most the credit balance not already asked for, decided by someone other than its requester, a rejection says why,
 * and an approval pays it back with one REFUND entry, once.
 */
@Service
public class Refunds {

  private final RefundRepository refunds;
  private final Ledger ledger;
  private final PayableCases cases;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Refunds(RefundRepository refunds, Ledger ledger, PayableCases cases, ApplicationEventPublisher events, Clock clock) {
    this.refunds = refunds;
    this.ledger = ledger;
    this.cases = cases;
    this.events = events;
    this.clock = clock;
  }

  /** Requests a refund of (part of) a case's credit balance; it waits for a manager's decision. */
  @Transactional
  public Refund request(String caseNumber, BigDecimal amount, String reason, String actor) {
    PayableCases.PayableCase payable = cases.find(caseNumber)
        .orElseThrow(() -> new NoSuchElementException("there is no case " + caseNumber));
    List<FieldProblem> problems = new ArrayList<>();
    if (amount == null || amount.signum() <= 0) {
      problems.add(new FieldProblem("amount", "must be more than zero"));
    } else if (amount.stripTrailingZeros().scale() > 2) {
      problems.add(new FieldProblem("amount", "has more than two decimals"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "is required"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The refund was not requested", problems);
    }
    // Under the ledger's lock: two requests at once cannot both claim the same credit.
    ledger.lock(List.of(payable.accountId()));
    BigDecimal credit = ledger.parts(payable.accountId()).creditBalance();
    if (credit.signum() == 0) {
      throw new ConflictException("amount", "case " + payable.caseNumber() + " has no credit balance to refund");
    }
    BigDecimal pending = refunds.pendingAmount(payable.accountId());
    BigDecimal available = credit.subtract(pending);
    if (amount.compareTo(available) > 0) {
      throw new ConflictException("amount", Money.usd(amount) + " is more than the credit balance of "
          + Money.usd(credit) + (pending.signum() > 0 ? " less the " + Money.usd(pending) + " already requested" : ""));
    }
    Refund refund = refunds.save(new Refund(payable.accountId(), payable.caseNumber(), amount.setScale(2),
        reason.strip(), actor, clock.instant()));
    events.publishEvent(new RefundRequested(refund.getCaseNumber(), refund.getId(), refund.getAmount(), actor));
    return refund;
  }

  /**
   * Decides a pending refund. Four eyes: its requester may not decide it. A rejection needs a note. An approval
   * pays the refund back out of the credit balance, which must still cover it; a refund is decided once.
   */
  @Transactional
  public Refund decide(long refundId, boolean approve, String note, String actor) {
    Refund refund = refunds.findForDecision(refundId)
        .orElseThrow(() -> new NoSuchElementException("there is no refund " + refundId));
    if (refund.getStatus() != RefundStatus.PENDING) {
      throw new ConflictException("refund " + refundId + " was already " + refund.getStatus().name().toLowerCase()
          + " by " + refund.getDecidedBy() + " at " + refund.getDecidedAt());
    }
    if (refund.getRequestedBy().equals(actor)) {
      throw new FourEyesException("You requested this refund; another manager must decide it.");
    }
    if (!approve && (note == null || note.isBlank())) {
      throw new InputRejectedException("The refund was not rejected",
          List.of(new FieldProblem("note", "is required to reject a refund: say why")));
    }
    if (approve) {
      ledger.lock(List.of(refund.getAccountId()));
      BigDecimal credit = ledger.parts(refund.getAccountId()).creditBalance();
      if (refund.getAmount().compareTo(credit) > 0) {
        throw new ConflictException("amount", "the credit balance is now " + Money.usd(credit) + ", less than the "
            + Money.usd(refund.getAmount()) + " of this refund; it stays pending until it is rejected");
      }
      LedgerEntry entry = ledger.refund(refund.getAccountId(), refund.getId(), refund.getAmount(),
          "Refund " + refund.getId() + ": " + refund.getReason(), actor);
      refund.approve(actor, note, clock.instant(), entry);
    } else {
      refund.reject(actor, note, clock.instant());
    }
    events.publishEvent(new RefundDecided(refund.getCaseNumber(), refund.getId(), refund.getAmount(), approve, actor,
        refund.getNote(), ledger.balance(refund.getAccountId())));
    return refund;
  }

  @Transactional(readOnly = true)
  public Refund get(long refundId) {
    return refunds.findById(refundId).orElseThrow(() -> new NoSuchElementException("there is no refund " + refundId));
  }

  /** Refunds with a status (e.g. those waiting for a decision), or all, of the cases in scope (a case's id is its account's). */
  @Transactional(readOnly = true)
  public Page<Refund> list(RefundStatus status, CaseScope scope, Pageable page) {
    if (scope.onlyThese() && scope.ids().isEmpty()) {
      return Page.empty(page);
    }
    if (scope.onlyThese()) {
      return status == null ? refunds.findByAccountIdIn(scope.ids(), page)
          : refunds.findByStatusAndAccountIdIn(status, scope.ids(), page);
    }
    if (!scope.ids().isEmpty()) {
      return status == null ? refunds.findByAccountIdNotIn(scope.ids(), page)
          : refunds.findByStatusAndAccountIdNotIn(status, scope.ids(), page);
    }
    return status == null ? refunds.findAll(page) : refunds.findByStatus(status, page);
  }

  @Transactional(readOnly = true)
  public Page<Refund> ofCase(String caseNumber, Pageable page) {
    return refunds.findByCaseNumber(caseNumber, page);
  }
}
