package org.recourse.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CollectionCases;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.platform.InputRejectedException;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The Stripe adapter against a server that answers as Stripe's API documents it, and its webhook: a delivery whose
 * signature does not hold (or is too old) is refused and changes nothing; an event is handled once however often it
 * comes; a payment posts once whether the charge's answer or the webhook tells of it first; a chargeback reverses it.
 */
@SpringBootTest(properties = {"recourse.payment.processor=stripe", "recourse.payment.stripe.secret-key=sk_test_x",
    "recourse.payment.stripe.webhook-secret=" + StripeProcessorTest.SECRET})
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class StripeProcessorTest {

  static final String SECRET = "whsec_test_secret";
  static final List<String> REQUESTS = Collections.synchronizedList(new ArrayList<>());
  static final HttpServer STRIPE = stripe();

  @DynamicPropertySource
  static void stripeAddress(DynamicPropertyRegistry registry) {
    registry.add("recourse.payment.stripe.api-base", () -> "http://127.0.0.1:" + STRIPE.getAddress().getPort());
  }

  @AfterAll
  static void stop() {
    STRIPE.stop(0);
  }

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  AccountIntake intake;
  @Autowired
  CollectionCases cases;
  @Autowired
  ProcessorPayments payments;

  private String caseNumber;

  @BeforeEach
  void aCase() {
    TestData.usersAndCreditors(identity, accounts);
    caseNumber = ((PlacementOutcome.Placed) intake.place(TestData.placement(TestData.accountNumber(), "400.00"),
        "admin")).caseNumber();
    REQUESTS.clear();
  }

  /** Answers /v1/payment_intents as Stripe does: succeeded, or 402 with a card error for the declined test card. */
  private static HttpServer stripe() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/v1/", exchange -> {
        String form = URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
        REQUESTS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " key="
            + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " auth="
            + exchange.getRequestHeaders().getFirst("Authorization") + " " + form);
        String path = exchange.getRequestURI().getPath();
        int code = 200;
        String body;
        if (path.equals("/v1/customers")) {
          body = "{\"id\":\"cus_test_1\",\"object\":\"customer\"}";
        } else if (path.startsWith("/v1/payment_methods/")) {
          body = "{\"id\":\"pm_card_visa\",\"card\":{\"brand\":\"visa\",\"last4\":\"4242\"}}";
        } else if (form.contains("payment_method=pm_card_chargeDeclined")) {
          code = 402;
          body = "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"message\":\"Your card was declined.\","
              + "\"payment_intent\":{\"id\":\"pi_declined\",\"status\":\"requires_payment_method\"}}}";
        } else if (form.contains("us_bank_account")) {
          body = "{\"id\":\"pi_ach_1\",\"object\":\"payment_intent\",\"status\":\"processing\"}";
        } else {
          body = "{\"id\":\"pi_card_" + Math.abs(form.hashCode()) + "\",\"object\":\"payment_intent\",\"status\":\"succeeded\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private BigDecimal balance() {
    return cases.balance(caseNumber);
  }

  private static String signature(long timestamp, String payload, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload)
          .getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private ResultActions deliver(String payload, String signature) throws Exception {
    return mvc.perform(post("/webhooks/stripe").contentType(MediaType.APPLICATION_JSON).content(payload)
        .header("Stripe-Signature", signature));
  }

  private String succeeded(String eventId, String intent, long cents) {
    return "{\"id\":\"" + eventId + "\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\"" + intent
        + "\",\"object\":\"payment_intent\",\"amount\":" + cents + ",\"amount_received\":" + cents
        + ",\"currency\":\"usd\",\"metadata\":{\"case_number\":\"" + caseNumber + "\"}}}}";
  }

  @Test
  void a_delivery_whose_signature_does_not_hold_or_is_too_old_is_refused_and_changes_nothing() throws Exception {
    BigDecimal before = balance();
    String payload = succeeded("evt_forged_" + caseNumber, "pi_forged_" + caseNumber, 10000);
    long now = Instant.now().getEpochSecond();
    deliver(payload, signature(now, payload, "whsec_someone_else")).andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("does not match")));
    deliver(payload.replace("10000", "90000"), signature(now, payload, SECRET)).andExpect(status().isBadRequest());
    deliver(payload, signature(now - 3600, payload, SECRET)).andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("tolerance")));
    mvc.perform(post("/webhooks/stripe").contentType(MediaType.APPLICATION_JSON).content(payload))
        .andExpect(status().isBadRequest());
    assertThat(balance()).isEqualByComparingTo(before);
  }

  @Test
  void an_event_is_handled_once_and_a_payment_posts_once_by_its_reference() throws Exception {
    BigDecimal before = balance();
    String intent = "pi_settled_" + caseNumber;
    String payload = succeeded("evt_1_" + caseNumber, intent, 12550);
    long now = Instant.now().getEpochSecond();
    deliver(payload, signature(now, payload, SECRET)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("posted")));
    assertThat(balance()).isEqualByComparingTo(before.subtract(new BigDecimal("125.50")));
    // Stripe sends it again: the event is known.
    deliver(payload, signature(now + 5, payload, SECRET)).andExpect(status().isOk())
        .andExpect(content().string("already handled"));
    // Another event of the same payment: the reference is known.
    String again = succeeded("evt_2_" + caseNumber, intent, 12550);
    deliver(again, signature(now, again, SECRET)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("was posted already")));
    assertThat(balance()).isEqualByComparingTo(before.subtract(new BigDecimal("125.50")));

    // The card's issuer takes it back: the payment is reversed, once.
    String dispute = "{\"id\":\"evt_3_" + caseNumber + "\",\"type\":\"charge.dispute.created\",\"data\":{\"object\":"
        + "{\"id\":\"dp_1\",\"object\":\"dispute\",\"amount\":12550,\"currency\":\"usd\",\"payment_intent\":\""
        + intent + "\",\"reason\":\"fraudulent\"}}}";
    deliver(dispute, signature(now, dispute, SECRET)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("reversed (CHARGEBACK)")));
    deliver(dispute, signature(now, dispute, SECRET)).andExpect(content().string("already handled"));
    assertThat(balance()).isEqualByComparingTo(before);
  }

  @Test
  void a_card_charge_is_confirmed_with_its_key_and_posted_and_a_decline_writes_nothing() throws Exception {
    BigDecimal before = balance();
    String key = java.util.UUID.randomUUID().toString();
    ProcessorPayments.Outcome paid = payments.pay(new PaymentProcessor.ChargeRequest(caseNumber, key,
        new BigDecimal("40.00"), Currency.getInstance("USD"), PaymentProcessor.Method.CARD, "pm_card_visa", true,
        "198.51.100.9", "test"), "Card payment on the portal", "debtor (portal)");
    assertThat(paid.status()).isEqualTo(PaymentProcessor.Status.SUCCEEDED);
    assertThat(balance()).isEqualByComparingTo(before.subtract(new BigDecimal("40.00")));
    assertThat(REQUESTS).anySatisfy(r -> assertThat(r).startsWith("POST /v1/payment_intents key=" + key)
        .contains("auth=Bearer sk_test_x").contains("amount=4000").contains("currency=usd")
        .contains("payment_method=pm_card_visa").contains("confirm=true").contains("customer=cus_test_1")
        .contains("setup_future_usage=off_session").contains("metadata[case_number]=" + caseNumber));
    // Tokenised for the plan's installments: the customer and the method, and how the debtor knows it.
    assertThat(payments.saved(caseNumber)).hasValueSatisfying(saved -> {
      assertThat(saved.customer()).isEqualTo("cus_test_1");
      assertThat(saved.shownAs()).isEqualTo("visa ending 4242");
    });
    // The webhook of the same charge arrives later: nothing more is posted.
    String payload = succeeded("evt_card_" + caseNumber, paid.reference(), 4000);
    deliver(payload, signature(Instant.now().getEpochSecond(), payload, SECRET))
        .andExpect(content().string(Matchers.containsString("was posted already")));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> payments.pay(new PaymentProcessor.ChargeRequest(caseNumber,
        java.util.UUID.randomUUID().toString(), new BigDecimal("40.00"), Currency.getInstance("USD"),
        PaymentProcessor.Method.CARD, "pm_card_chargeDeclined", false, "198.51.100.9", "test"), "Card", "debtor"))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("declined");
    assertThat(balance()).isEqualByComparingTo(before.subtract(new BigDecimal("40.00")));
  }

  @Test
  void an_ach_debit_posts_when_it_settles_and_a_return_before_that_has_nothing_to_reverse() throws Exception {
    BigDecimal before = balance();
    ProcessorPayments.Outcome settling = payments.pay(new PaymentProcessor.ChargeRequest(caseNumber,
        java.util.UUID.randomUUID().toString(), new BigDecimal("60.00"), Currency.getInstance("USD"),
        PaymentProcessor.Method.BANK_ACCOUNT, "pm_usBankAccount", false, "198.51.100.9", "test"), "ACH", "debtor");
    assertThat(settling.status()).isEqualTo(PaymentProcessor.Status.PROCESSING);
    assertThat(REQUESTS).anySatisfy(r -> assertThat(r).contains("payment_method_types[]=us_bank_account")
        .contains("mandate_data[customer_acceptance][type]=online")
        .contains("mandate_data[customer_acceptance][online][ip_address]=198.51.100.9"));
    assertThat(balance()).isEqualByComparingTo(before);
    String failed = "{\"id\":\"evt_ach_failed_" + caseNumber + "\",\"type\":\"payment_intent.payment_failed\",\"data\":"
        + "{\"object\":{\"id\":\"pi_ach_never_" + caseNumber + "\",\"amount\":6000,\"currency\":\"usd\","
        + "\"last_payment_error\":{\"message\":\"insufficient funds\"}}}}";
    deliver(failed, signature(Instant.now().getEpochSecond(), failed, SECRET))
        .andExpect(content().string(Matchers.containsString("never posted")));
    assertThat(balance()).isEqualByComparingTo(before);
  }
}
