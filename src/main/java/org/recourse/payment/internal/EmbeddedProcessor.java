package org.recourse.payment.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.recourse.payment.PaymentProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The processor of the embedded run: no card or account leaves the machine, and a payment is recorded as received,
 * under a reference made of the page's one-time key (so a payment sent twice posts once).
 */
@Component
@ConditionalOnProperty(name = "recourse.payment.processor", havingValue = "embedded", matchIfMissing = true)
class EmbeddedProcessor implements PaymentProcessor {

  @Override
  public String name() {
    return "embedded";
  }

  @Override
  public Optional<BrowserCheckout> browserCheckout() {
    return Optional.empty();
  }

  @Override
  public Charge charge(ChargeRequest request) {
    SavedMethod saved = request.saveForInstallments() ? new SavedMethod(name(), "embedded-" + request.caseNumber(),
        "embedded-" + request.idempotencyKey(), request.method(), shownAs(request.method())) : null;
    return new Charge(Status.SUCCEEDED, "PORTAL-" + request.idempotencyKey(), null, saved);
  }

  @Override
  public Charge chargeSaved(SavedMethod saved, String idempotencyKey, BigDecimal amount, Currency currency,
      String caseNumber) {
    return new Charge(Status.SUCCEEDED, "PORTAL-" + idempotencyKey, null, null);
  }

  private static String shownAs(Method method) {
    return method == Method.CARD ? "card (embedded processor)" : "bank account (embedded processor)";
  }
}
