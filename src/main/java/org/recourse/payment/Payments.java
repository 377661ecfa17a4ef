package org.recourse.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.recourse.payment.internal.PaymentReversal;
import org.recourse.payment.internal.PostingOutcome;
import org.recourse.payment.internal.ReversalReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments arriving from outside (the payment API, payment files): each is posted once, by its own reference, and
 * the case hears of it in the same transaction. One path for both: a payment over the API is a batch of one.
 */
@Service
public class Payments {

  private final Ledger ledger;
  private final CaseAccounts cases;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  Payments(Ledger ledger, CaseAccounts cases, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
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
      return transaction.execute(status -> receiveOne(caseNumber, payment, actor));
    } catch (DataIntegrityViolationException raced) {
      return transaction.execute(status -> receiveOne(caseNumber, payment, actor));
    }
  }

  private PaymentPosting receiveOne(String caseNumber, Payment payment, String actor) {
    PostingOutcome outcome = receiveAll(List.of(new CasePayment(caseNumber, payment)), actor, null).get(0);
    if (outcome instanceof PostingOutcome.UnknownCase) {
      throw new NoSuchElementException("there is no case " + caseNumber);
    }
    if (outcome instanceof PostingOutcome.ReferenceConflict) {
      throw new PaymentReferenceConflictException(payment.reference());
    }
    return ((PostingOutcome.Posted) outcome).posting();
  }

  /**
   * Posts payments for cases in the caller's transaction, in order, and tells each case of each payment posted now
   * ({@link PaymentReceived}, once per payment). Nothing is thrown for a payment that cannot be posted: its outcome
   * says why.
   */
  List<PostingOutcome> receiveAll(List<CasePayment> payments, String actor, Long paymentFileId) {
    // One read for the cases of the whole batch.
    Map<String, PayableCases.PayableCase> found = cases.find(payments.stream().map(CasePayment::caseNumber).toList());
    List<Ledger.PaymentOrder> orders = new ArrayList<>(payments.size());
    List<String> caseNumbers = new ArrayList<>(payments.size());
    PostingOutcome[] outcomes = new PostingOutcome[payments.size()];
    int[] orderOf = new int[payments.size()];
    for (int i = 0; i < payments.size(); i++) {
      CasePayment payment = payments.get(i);
      PayableCases.PayableCase payable = found.get(payment.caseNumber());
      if (payable == null) {
        outcomes[i] = new PostingOutcome.UnknownCase(payment.caseNumber());
        orderOf[i] = -1;
        continue;
      }
      orderOf[i] = orders.size();
      orders.add(new Ledger.PaymentOrder(payable.accountId(), payment.payment(), paymentFileId));
      caseNumbers.add(payable.caseNumber());
    }
    List<PostingOutcome> posted = ledger.post(orders, actor);
    for (int i = 0; i < payments.size(); i++) {
      if (orderOf[i] < 0) {
        continue;
      }
      PostingOutcome outcome = posted.get(orderOf[i]);
      outcomes[i] = outcome;
      if (outcome instanceof PostingOutcome.Posted now && !now.posting().alreadyPosted()) {
        LedgerEntry entry = now.posting().entry();
        events.publishEvent(new PaymentReceived(caseNumbers.get(orderOf[i]), entry.getAccountId(),
            entry.getReference(), entry.getAmount().negate(), now.posting().balanceAfter(), actor));
      }
    }
    return List.of(outcomes);
  }

  /**
   * Undoes a payment by its reference: what it had paid is owed again, part by part. Once: reversing it again
   * changes nothing and says so. The case hears of it ({@link PaymentReversed}) in the same transaction.
   */
  public PaymentReversal reverse(String reference, ReversalReason reason, String note, String reversalReference,
      String actor) {
    try {
      return transaction.execute(status -> reverseOnce(reference, reason, note, reversalReference, actor));
    } catch (DataIntegrityViolationException raced) {
      return transaction.execute(status -> reverseOnce(reference, reason, note, reversalReference, actor));
    }
  }

  private PaymentReversal reverseOnce(String reference, ReversalReason reason, String note, String reversalReference,
      String actor) {
    Ledger.Reversal reversal = ledger.reverse(reference, reason, note, reversalReference, actor);
    long accountId = reversal.payment().getAccountId();
    String caseNumber = cases.caseNumberOf(accountId)
        .orElseThrow(() -> new IllegalStateException("account " + accountId + " has no case"));
    if (!reversal.alreadyReversed()) {
      events.publishEvent(new PaymentReversed(caseNumber, accountId, reference,
          reversal.payment().getAmount().negate(), reversal.balanceAfter(), actor));
    }
    return new PaymentReversal(caseNumber, reversal.payment(), reversal.reversal(), reversal.alreadyReversed(),
        reversal.balanceAfter());
  }

  /** A payment for the case it names. */
  record CasePayment(String caseNumber, Payment payment) {
  }
}
