package org.recourse.casework;

import org.camunda.bpm.engine.RuntimeService;
import org.recourse.payment.PayableCases;
import org.recourse.payment.PaymentReceived;
import org.recourse.payment.PaymentReversed;
import org.recourse.platform.Money;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a case from outside, delivered to its processes as messages correlated by the case number
 * (the business key of the spine and of every process it calls).
 */
@Service
public class CaseMessages implements PayableCases {

  private final CollectionCases cases;
  private final RuntimeService runtime;

  CaseMessages(CollectionCases cases, RuntimeService runtime) {
    this.cases = cases;
    this.runtime = runtime;
  }

  /** The creditor takes the account back: the case closes, wherever it stands. */
  @Transactional
  public void recall(String caseNumber, String reason, String actor) {
    cases.requireOpen(caseNumber);
    cases.record(caseNumber, CaseEventKind.RECALLED, actor, reason);
    runtime.createMessageCorrelation(CaseProcess.MSG_ACCOUNT_RECALLED)
        .processInstanceBusinessKey(caseNumber)
        .correlateWithResult();
  }

  /**
   * Tells every process of a case waiting for {@code message} (the spine's event sub-processes, a step waiting for
   * a hold to lift), in the caller's transaction. Nothing waiting is not an error: the message had no one to wake.
   */
  @Transactional
  public void tell(String caseNumber, String message) {
    runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(caseNumber)
        .correlateAllWithResult();
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Optional<PayableCase> find(String caseNumber) {
    return cases.find(caseNumber).map(found -> new PayableCase(found.getCaseNumber(), found.getAccountId()));
  }

  /**
   * A payment was reversed (returned, charged back): whatever watches the case's payments looks at the ledger
   * again; a case that payment had closed is reopened, and goes back to the collector.
   */
  @EventListener
  void paymentReversed(PaymentReversed reversal) {
    cases.record(reversal.caseNumber(), CaseEventKind.PAYMENT_REVERSED, reversal.actor(),
        Money.usd(reversal.amount()) + " of payment " + reversal.reference() + " reversed; balance now "
            + Money.usd(reversal.balanceAfter()));
    CollectionCase subject = cases.require(reversal.caseNumber());
    if (subject.getStatus().isOpen()) {
      tell(reversal.caseNumber(), CaseProcess.MSG_PAYMENT_REVERSED);
    } else if (subject.getCloseReason() != null && subject.getCloseReason().closedByPayment()
        && reversal.balanceAfter().signum() > 0) {
      cases.reopen(reversal.caseNumber(), reversal.actor(), "payment " + reversal.reference() + " was reversed");
    }
  }

  /**
   * A payment was posted: a cleared balance closes the case as paid in full; otherwise whatever waits for a
   * payment (the monitoring of an arrangement) looks again at once. In litigation every payment goes to the legal
   * team's process alone, which closes the case with the outcome of the suit (a judgment satisfied, a settlement
   * kept): the spine's "paid in full" would cancel the suit's record and close the case as if no suit had been.
   */
  @EventListener
  void paymentReceived(PaymentReceived payment) {
    CollectionCase subject = cases.require(payment.caseNumber());
    cases.record(payment.caseNumber(), CaseEventKind.PAYMENT_POSTED, payment.actor(),
        Money.usd(payment.amount()) + " received, reference " + payment.reference() + "; balance now "
            + Money.usd(payment.balanceAfter()));
    if (!subject.getStatus().isOpen()) {
      return;
    }
    boolean cleared = payment.balanceAfter().signum() <= 0 && subject.getStatus() != CaseStatus.LITIGATION;
    String message = cleared ? CaseProcess.MSG_PAID_IN_FULL : CaseProcess.MSG_PAYMENT_RECEIVED;
    runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(payment.caseNumber())
        .correlateAllWithResult();
  }
}
