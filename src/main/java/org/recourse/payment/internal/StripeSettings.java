package org.recourse.payment.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Stripe's keys and address ({@code recourse.payment.stripe.*}), used when {@code recourse.payment.processor=stripe}. */
@Component
@ConfigurationProperties("recourse.payment.stripe")
public class StripeSettings {

  /** The API's address; a test points it at a server of its own. */
  private String apiBase = "https://api.stripe.com";
  /** The secret key (sk_live_..., sk_test_...), sent as the bearer token. */
  private String secretKey = "";
  /** The publishable key (pk_...), given to Stripe.js on the payment page. */
  private String publishableKey = "";
  /** The webhook endpoint's signing secret (whsec_...). */
  private String webhookSecret = "";
  /** How old a webhook's signed timestamp may be: older deliveries are refused as replays (Stripe's default). */
  private Duration webhookTolerance = Duration.ofMinutes(5);

  public String getApiBase() {
    return apiBase;
  }

  public void setApiBase(String apiBase) {
    this.apiBase = apiBase;
  }

  public String getSecretKey() {
    return secretKey;
  }

  public void setSecretKey(String secretKey) {
    this.secretKey = secretKey;
  }

  public String getPublishableKey() {
    return publishableKey;
  }

  public void setPublishableKey(String publishableKey) {
    this.publishableKey = publishableKey;
  }

  public String getWebhookSecret() {
    return webhookSecret;
  }

  public void setWebhookSecret(String webhookSecret) {
    this.webhookSecret = webhookSecret;
  }

  public Duration getWebhookTolerance() {
    return webhookTolerance;
  }

  public void setWebhookTolerance(Duration webhookTolerance) {
    this.webhookTolerance = webhookTolerance;
  }
}
