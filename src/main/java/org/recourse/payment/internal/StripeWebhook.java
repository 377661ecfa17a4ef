package org.recourse.payment.internal;

import io.swagger.v3.oas.annotations.Hidden;
import org.recourse.payment.ProcessorPayments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook endpoint. Nobody signs in here: the signature is the authentication, checked on the raw body
 * before anything is read. 400 for a delivery that is not Stripe's (Stripe does not retry it); 200 once an event is
 * handled, or was handled before.
 */
@RestController
@Hidden
@ConditionalOnProperty(name = "recourse.payment.processor", havingValue = "stripe")
class StripeWebhook {

  static final String PATH = "/webhooks/stripe";

  private final StripeProcessor stripe;
  private final ProcessorPayments payments;

  StripeWebhook(StripeProcessor stripe, ProcessorPayments payments) {
    this.stripe = stripe;
    this.payments = payments;
  }

  @PostMapping(PATH)
  ResponseEntity<String> receive(@RequestBody byte[] payload,
      @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
    ProcessorPayments.ProcessorEvent event;
    try {
      event = stripe.verify(payload, signature);
    } catch (IllegalArgumentException refused) {
      return ResponseEntity.badRequest().body(refused.getMessage());
    }
    return ResponseEntity.ok(payments.handle(event));
  }
}
