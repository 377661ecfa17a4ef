package org.recourse.payment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.recourse.payment.internal.LedgerEntryRepository;
import org.recourse.payment.internal.ReversalReason;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.Reason;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments through the payment processor: a charge the debtor makes (posted when it succeeds, by the processor's
 * reference), and the processor's events (a charge that settled, one returned by the bank or taken back by the card
 * issuer), each handled once: the event's id is recorded in the same transaction as what it did, so an event sent
 * again, or to two nodes, does nothing more.
 */
@Service
public class ProcessorPayments {

  private static final Currency USD = Currency.getInstance("USD");

  private final PaymentProcessor processor;
  private final Payments payments;
  private final LedgerEntryRepository entries;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ProcessorPayments(PaymentProcessor processor, Payments payments, LedgerEntryRepository entries, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock) {
    this.processor = processor;
    this.payments = payments;
    this.entries = entries;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What a charge came to: posted (with the balance after it), settling, or declined. */
  public record Outcome(PaymentProcessor.Status status, String reference, BigDecimal balanceAfter) {
  }

  /** What the payment page loads for the processor, if anything. */
  public Optional<PaymentProcessor.BrowserCheckout> browserCheckout() {
    return processor.browserCheckout();
  }

  /**
   * Charges the debtor and posts what succeeded. A declined charge is refused by the field {@code method}, with the
   * processor's reason, and nothing is written.
   */
  public Outcome pay(PaymentProcessor.ChargeRequest request, String description, String actor) {
    PaymentProcessor.Charge charge = processor.charge(request);
    if (charge.status() == PaymentProcessor.Status.FAILED) {
      throw new InputRejectedException("The payment was declined", List.of(new FieldProblem("method",
          charge.failure() == null ? "the payment was declined" : charge.failure())), Reason.of("payment.declined"));
    }
    if (charge.saved() != null) {
      save(request.caseNumber(), charge.saved());
    }
    if (charge.status() == PaymentProcessor.Status.PROCESSING) {
      return new Outcome(charge.status(), charge.reference(), null);
    }
    PaymentPosting posting = payments.receive(request.caseNumber(), new Payment(charge.reference(), request.amount(),
        LocalDate.now(clock), description), actor);
    return new Outcome(charge.status(), charge.reference(), posting.balanceAfter());
  }

  /**
   * Charges an installment to the method the debtor saved for their plan, off session, under {@code key} (the same
   * key charges nothing more, at the processor and in the ledger), and posts what succeeded. Empty when no method is
   * saved. A decline writes nothing and is answered with the processor's reason.
   */
  public Optional<Charged> chargeSaved(String caseNumber, String key, BigDecimal amount, String description,
      String actor) {
    return saved(caseNumber).map(method -> {
      PaymentProcessor.Charge charge = processor.chargeSaved(method, key, amount, USD, caseNumber);
      if (charge.status() != PaymentProcessor.Status.SUCCEEDED) {
        return new Charged(method, charge.status(), charge.reference(), charge.failure(), null);
      }
      PaymentPosting posting = payments.receive(caseNumber, new Payment(charge.reference(), amount,
          LocalDate.now(clock), description + " (" + method.shownAs() + ")"), actor);
      return new Charged(method, charge.status(), charge.reference(), null, posting.balanceAfter());
    });
  }

  /** What charging a saved method came to: the method, posted (with the balance after), settling or declined. */
  public record Charged(PaymentProcessor.SavedMethod method, PaymentProcessor.Status status, String reference,
      String failure, BigDecimal balanceAfter) {
  }

  /** The processor payments go through (what saved methods are filed under). */
  public String processorName() {
    return processor.name();
  }

  /** The method the debtor saved for their plan's installments, if they saved one. */
  public Optional<PaymentProcessor.SavedMethod> saved(String caseNumber) {
    return jdbc.query("select customer, payment_method, kind, shown_as from saved_payment_method"
            + " where case_number = ? and processor = ?",
        (row, i) -> new PaymentProcessor.SavedMethod(processor.name(), row.getString(1), row.getString(2),
            PaymentProcessor.Method.valueOf(row.getString(3)), row.getString(4)), caseNumber, processor.name())
        .stream().findFirst();
  }

  /** A processor's event, verified by its adapter: what it says of a payment. */
  public record ProcessorEvent(String id, String type, Happened happened, String reference, BigDecimal amount,
      Currency currency, String caseNumber, String note) {
  }

  /** What an event says happened to a charge; anything else is recorded and ignored. */
  public enum Happened { SUCCEEDED, RETURNED, CHARGED_BACK, OTHER }

  /** Handles an event once: what it did, or that it had been handled already, is the answer. */
  public String handle(ProcessorEvent event) {
    try {
      return transaction.execute(status -> handleOnce(event));
    } catch (DuplicateKeyException again) {
      return "already handled";
    }
  }

  private String handleOnce(ProcessorEvent event) {
    // Claimed first: a second delivery, on this node or another, stops at the key.
    jdbc.update("insert into processor_event (processor, event_id, type, received_at, outcome) values (?, ?, ?, ?, ?)",
        processor.name(), event.id(), event.type(), Timestamp.from(clock.instant()), "handling");
    String outcome = switch (event.happened()) {
      case SUCCEEDED -> {
        if (event.caseNumber() == null) {
          yield "no case named in the charge's metadata; nothing posted";
        }
        PaymentPosting posting = payments.receive(event.caseNumber(), new Payment(event.reference(), event.amount(),
            LocalDate.now(clock), "Payment through " + processor.name()), processor.name());
        yield posting.alreadyPosted() ? "payment " + event.reference() + " was posted already"
            : "payment " + event.reference() + " posted; balance " + posting.balanceAfter();
      }
      case RETURNED, CHARGED_BACK -> reverse(event);
      case OTHER -> "not a payment's event; recorded";
    };
    jdbc.update("update processor_event set outcome = ? where processor = ? and event_id = ?",
        outcome.length() > 400 ? outcome.substring(0, 400) : outcome, processor.name(), event.id());
    return outcome;
  }

  private String reverse(ProcessorEvent event) {
    ReversalReason reason = event.happened() == Happened.RETURNED ? ReversalReason.RETURNED : ReversalReason.CHARGEBACK;
    if (entries.findByReference(event.reference()).isEmpty()) {
      // A debit that failed while settling was never posted.
      return "payment " + event.reference() + " was never posted; nothing to reverse";
    }
    var reversal = payments.reverse(event.reference(), reason, event.note(), event.id(), processor.name());
    return reversal.alreadyReversed() ? "payment " + event.reference() + " was reversed already"
        : "payment " + event.reference() + " reversed (" + reason + "); balance " + reversal.balanceAfter();
  }

  private void save(String caseNumber, PaymentProcessor.SavedMethod saved) {
    transaction.executeWithoutResult(status -> {
      jdbc.update("delete from saved_payment_method where case_number = ? and processor = ?", caseNumber,
          saved.processor());
      jdbc.update("insert into saved_payment_method (case_number, processor, customer, payment_method, kind, shown_as,"
              + " saved_at) values (?, ?, ?, ?, ?, ?, ?)", caseNumber, saved.processor(), saved.customer(),
          saved.paymentMethod(), saved.method().name(), saved.shownAs(), Timestamp.from(clock.instant()));
    });
  }
}
