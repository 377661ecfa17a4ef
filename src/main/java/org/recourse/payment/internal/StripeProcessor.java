package org.recourse.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.recourse.payment.PaymentProcessor;
import org.recourse.payment.ProcessorPayments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Stripe, by its documented API: PaymentIntents for card and ACH (us_bank_account) payments, confirmed at once with
 * the PaymentMethod Stripe.js made in the debtor's browser; a Customer and {@code setup_future_usage=off_session}
 * when the method is kept for a plan's installments, charged later off session; an Idempotency-Key on every charge.
 * Webhooks are verified by their {@code Stripe-Signature} (HMAC-SHA256 of the timestamp and the raw body under the
 * endpoint's secret, within a tolerance) and read as what they say of a payment: succeeded, failed while settling
 * (an ACH return), or disputed (a chargeback).
 */
@Component
@ConditionalOnProperty(name = "recourse.payment.processor", havingValue = "stripe")
public class StripeProcessor implements PaymentProcessor {

  private final StripeSettings settings;
  private final RestClient api;
  private final ObjectMapper json;
  private final Clock clock;

  StripeProcessor(StripeSettings settings, RestClient.Builder clients, ObjectMapper json, Clock clock) {
    this.settings = settings;
    this.api = clients.baseUrl(settings.getApiBase())
        .defaultHeader("Authorization", "Bearer " + settings.getSecretKey())
        .defaultHeader("Stripe-Version", "2024-06-20").build();
    this.json = json;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "stripe";
  }

  @Override
  public Optional<BrowserCheckout> browserCheckout() {
    return Optional.of(new BrowserCheckout("https://js.stripe.com/v3/", settings.getPublishableKey()));
  }

  @Override
  public Charge charge(ChargeRequest request) {
    if (request.paymentToken() == null || !request.paymentToken().startsWith("pm_")) {
      return new Charge(Status.FAILED, null, "the card or account was not given to the processor", null);
    }
    MultiValueMap<String, String> form = intent(request.amount(), request.currency(), request.caseNumber(),
        request.idempotencyKey());
    form.add("payment_method", request.paymentToken());
    form.add("payment_method_types[]", request.method() == Method.CARD ? "card" : "us_bank_account");
    form.add("confirm", "true");
    String customer = null;
    if (request.saveForInstallments()) {
      customer = post("/v1/customers", customerForm(request.caseNumber()), "customer-" + request.idempotencyKey())
          .path("id").asText();
      form.add("customer", customer);
      form.add("setup_future_usage", "off_session");
    }
    if (request.method() == Method.BANK_ACCOUNT) {
      // An ACH debit needs the debtor's mandate, accepted online now.
      form.add("mandate_data[customer_acceptance][type]", "online");
      form.add("mandate_data[customer_acceptance][online][ip_address]", request.customerAddress());
      form.add("mandate_data[customer_acceptance][online][user_agent]", request.userAgent());
    }
    JsonNode intent = post("/v1/payment_intents", form, request.idempotencyKey());
    Charge charge = charge(intent);
    if (customer != null && charge.status() != Status.FAILED) {
      SavedMethod saved = new SavedMethod(name(), customer, request.paymentToken(), request.method(),
          shownAs(request.paymentToken(), request.method()));
      return new Charge(charge.status(), charge.reference(), null, saved);
    }
    return charge;
  }

  @Override
  public Charge chargeSaved(SavedMethod saved, String idempotencyKey, BigDecimal amount, Currency currency,
      String caseNumber) {
    MultiValueMap<String, String> form = intent(amount, currency, caseNumber, idempotencyKey);
    form.add("customer", saved.customer());
    form.add("payment_method", saved.paymentMethod());
    form.add("payment_method_types[]", saved.method() == Method.CARD ? "card" : "us_bank_account");
    form.add("off_session", "true");
    form.add("confirm", "true");
    return charge(post("/v1/payment_intents", form, idempotencyKey));
  }

  /**
   * The event a webhook delivered, when its signature holds for this endpoint's secret and its timestamp is recent;
   * otherwise an {@link IllegalArgumentException} saying why, and nothing is read.
   */
  public ProcessorPayments.ProcessorEvent verify(byte[] payload, String signatureHeader) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new IllegalArgumentException("no Stripe-Signature header");
    }
    Long timestamp = null;
    boolean matched = false;
    for (String part : signatureHeader.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].equals("t")) {
        try {
          timestamp = Long.parseLong(pair[1]);
        } catch (NumberFormatException notATime) {
          throw new IllegalArgumentException("the signature's timestamp is not a number");
        }
      }
    }
    if (timestamp == null) {
      throw new IllegalArgumentException("the signature has no timestamp");
    }
    byte[] expected = hmac((timestamp + ".").getBytes(StandardCharsets.UTF_8), payload);
    for (String part : signatureHeader.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].equals("v1")) {
        try {
          matched |= MessageDigest.isEqual(expected, HexFormat.of().parseHex(pair[1]));
        } catch (IllegalArgumentException notHex) {
          // another scheme's signature, or noise: not ours
        }
      }
    }
    if (!matched) {
      throw new IllegalArgumentException("the signature does not match this endpoint's secret");
    }
    long age = Math.abs(clock.instant().getEpochSecond() - timestamp);
    if (age > settings.getWebhookTolerance().toSeconds()) {
      throw new IllegalArgumentException("the signature was made " + age + " s ago, outside the tolerance of "
          + settings.getWebhookTolerance().toSeconds() + " s");
    }
    return event(payload);
  }

  private ProcessorPayments.ProcessorEvent event(byte[] payload) {
    JsonNode event;
    try {
      event = json.readTree(payload);
    } catch (IOException notJson) {
      throw new IllegalArgumentException("the event is not JSON");
    }
    String id = event.path("id").asText(null);
    String type = event.path("type").asText("");
    if (id == null) {
      throw new IllegalArgumentException("the event has no id");
    }
    JsonNode object = event.path("data").path("object");
    return switch (type) {
      case "payment_intent.succeeded" -> new ProcessorPayments.ProcessorEvent(id, type,
          ProcessorPayments.Happened.SUCCEEDED, object.path("id").asText(), amount(object.path("amount_received"),
          object), currency(object), object.path("metadata").path("case_number").asText(null), null);
      case "payment_intent.payment_failed" -> new ProcessorPayments.ProcessorEvent(id, type,
          ProcessorPayments.Happened.RETURNED, object.path("id").asText(), amount(object.path("amount"), object),
          currency(object), object.path("metadata").path("case_number").asText(null),
          object.path("last_payment_error").path("message").asText("the payment failed while settling"));
      case "charge.dispute.created" -> new ProcessorPayments.ProcessorEvent(id, type,
          ProcessorPayments.Happened.CHARGED_BACK, object.path("payment_intent").asText(), amount(object.path("amount"),
          object), currency(object), null, "disputed with the issuer: " + object.path("reason").asText("no reason"));
      default -> new ProcessorPayments.ProcessorEvent(id, type, ProcessorPayments.Happened.OTHER, null, null, null,
          null, null);
    };
  }

  private static MultiValueMap<String, String> intent(BigDecimal amount, Currency currency, String caseNumber,
      String idempotencyKey) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("amount", amount.movePointRight(currency.getDefaultFractionDigits()).setScale(0, RoundingMode.UNNECESSARY)
        .toPlainString());
    form.add("currency", currency.getCurrencyCode().toLowerCase(Locale.ROOT));
    form.add("metadata[case_number]", caseNumber);
    form.add("metadata[recourse_key]", idempotencyKey);
    form.add("description", "Payment on " + caseNumber);
    return form;
  }

  private static MultiValueMap<String, String> customerForm(String caseNumber) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("metadata[case_number]", caseNumber);
    return form;
  }

  private Charge charge(JsonNode intent) {
    if (intent.has("error")) {
      JsonNode error = intent.path("error");
      return new Charge(Status.FAILED, error.path("payment_intent").path("id").asText(null),
          error.path("message").asText("the payment was declined"), null);
    }
    String reference = intent.path("id").asText();
    return switch (intent.path("status").asText()) {
      case "succeeded" -> new Charge(Status.SUCCEEDED, reference, null, null);
      case "processing" -> new Charge(Status.PROCESSING, reference, null, null);
      default -> new Charge(Status.FAILED, reference, intent.path("last_payment_error").path("message")
          .asText("the payment needs another step the portal cannot take (" + intent.path("status").asText() + ")"),
          null);
    };
  }

  private String shownAs(String paymentMethod, Method method) {
    JsonNode found = api.get().uri("/v1/payment_methods/{id}", paymentMethod).retrieve().body(JsonNode.class);
    JsonNode details = found == null ? null : found.path(method == Method.CARD ? "card" : "us_bank_account");
    if (details == null || details.isMissingNode()) {
      return method == Method.CARD ? "card" : "bank account";
    }
    return method == Method.CARD
        ? details.path("brand").asText("card") + " ending " + details.path("last4").asText("????")
        : details.path("bank_name").asText("bank account") + " ending " + details.path("last4").asText("????");
  }

  /** Posts a form; a card declined (402) or a request refused (4xx) comes back as the error's JSON. */
  private JsonNode post(String path, MultiValueMap<String, String> form, String idempotencyKey) {
    return api.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .header("Idempotency-Key", idempotencyKey).body(form)
        .exchange((request, response) -> {
          JsonNode body = json.readTree(response.getBody());
          HttpStatusCode status = response.getStatusCode();
          if (status.is5xxServerError() || status.is4xxClientError() && !body.has("error")) {
            throw new IllegalStateException("Stripe answered " + status.value() + " to " + path);
          }
          return body;
        });
  }

  private byte[] hmac(byte[] prefix, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(settings.getWebhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(prefix);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static BigDecimal amount(JsonNode minorUnits, JsonNode object) {
    return BigDecimal.valueOf(minorUnits.asLong()).movePointLeft(currency(object).getDefaultFractionDigits());
  }

  private static Currency currency(JsonNode object) {
    return Currency.getInstance(object.path("currency").asText("usd").toUpperCase(Locale.ROOT));
  }
}
