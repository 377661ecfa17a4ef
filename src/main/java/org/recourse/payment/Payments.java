package org.recourse.payment;

import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments arriving from outside (the payment API, later files): each is posted once, by its own reference, and
 * the case hears of it in the same transaction.
 */
@Service
public class Payments {

  private final Ledger ledger;
  private final PayableCases cases;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  Payments(Ledger ledger, PayableCases cases, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
    this.ledger = ledger;
    this.cases = cases;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Posts a payment for a case. When two requests race with the same reference, the database's unique key lets one
   * win; the loser is retried once and then finds the payment already posted.
   */
  public PaymentPosting receive(String caseNumber, Payment payment, String actor) {
    try {
      return transaction.execute(status -> post(caseNumber, payment, actor));
    } catch (DataIntegrityViolationException raced) {
      return transaction.execute(status -> post(caseNumber, payment, actor));
    }
  }

  private PaymentPosting post(String caseNumber, Payment payment, String actor) {
    PayableCases.PayableCase payable = cases.find(caseNumber)
        .orElseThrow(() -> new NoSuchElementException("there is no case " + caseNumber));
    PaymentPosting posting = ledger.postPayment(payable.accountId(), payment, actor);
    if (!posting.alreadyPosted()) {
      events.publishEvent(new PaymentReceived(caseNumber, payable.accountId(), payment.reference(), payment.amount(),
          posting.balanceAfter(), actor));
    }
    return posting;
  }
}
