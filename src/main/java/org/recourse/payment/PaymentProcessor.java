package org.recourse.payment;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * The port to a payment processor: it charges a debtor's card or bank account (ACH) and tells, later, by webhook,
 * what became of a charge still settling, and of charges returned or taken back. The ledger posts a payment once
 * by the processor's reference, whichever of the charge's answer and its webhook comes first. One adapter speaks a
 * real processor's documented API ({@code recourse.payment.processor=stripe}); the default, for the embedded run,
 * records the payment as received.
 */
public interface PaymentProcessor {

  /** The processor's name, as its events and saved methods are filed under. */
  String name();

  /**
   * What the payment page must load for the debtor to give their card or account to the processor directly (its
   * script and publishable key), so that the number never passes through Recourse; empty when nothing must.
   */
  Optional<BrowserCheckout> browserCheckout();

  /** Charges a payment now. Sent again with the same idempotency key, it charges nothing more. */
  Charge charge(ChargeRequest request);

  /** Charges a method saved for a plan's installments, off session (the debtor is not on the page). */
  Charge chargeSaved(SavedMethod saved, String idempotencyKey, BigDecimal amount, Currency currency,
      String caseNumber);

  enum Method { CARD, BANK_ACCOUNT }

  enum Status {
    /** Paid: post it now. */
    SUCCEEDED,
    /** Accepted and settling (an ACH debit takes days): posted when the processor's webhook says it succeeded. */
    PROCESSING,
    /** Declined: nothing is owed less, and the debtor is told why. */
    FAILED
  }

  /** The script and key a payment page loads to tokenise a card or account in the browser. */
  record BrowserCheckout(String scriptUrl, String publishableKey) {
  }

  /**
   * A payment to charge: {@code paymentToken} is what the processor's script gave the browser (empty for the embedded
   * processor); {@code saveForInstallments} keeps the method, tokenised, for the plan's installments.
   */
  record ChargeRequest(String caseNumber, String idempotencyKey, BigDecimal amount, Currency currency, Method method,
      String paymentToken, boolean saveForInstallments, String customerAddress, String userAgent) {
  }

  /** A method the processor keeps for a customer; Recourse keeps the tokens and how the debtor recognises it. */
  record SavedMethod(String processor, String customer, String paymentMethod, Method method, String shownAs) {
  }

  /** What became of a charge: its status, the processor's reference for it, why it failed, what was saved. */
  record Charge(Status status, String reference, String failure, SavedMethod saved) {
  }
}
