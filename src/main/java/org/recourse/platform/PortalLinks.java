package org.recourse.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The debtor portal's address, as every letter and e-mail prints it, and the signed link an e-mail carries into a
 * debtor's own case: the case number and an expiry, signed with HMAC-SHA256 under the portal's secret. A link whose
 * signature does not hold, or whose time is over, opens nothing. Shared by correspondence (which writes the links)
 * and the portal (which follows them).
 */
@Component
public class PortalLinks {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final String address;
  private final byte[] secret;
  private final Duration validFor;
  private final Clock clock;

  PortalLinks(@Value("${recourse.correspondence.public-url}") String publicUrl,
      @Value("${recourse.portal.link-secret}") String secret,
      @Value("${recourse.portal.link-valid-for}") Duration validFor, Clock clock) {
    this.address = publicUrl.replaceAll("/+$", "") + "/portal";
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.validFor = validFor;
    this.clock = clock;
  }

  /** What following a link found. */
  public enum Verdict { VALID, EXPIRED, FORGED }

  /** The verdict on a link, and the case it names when its signature holds. */
  public record Opened(Verdict verdict, String caseNumber, Instant expiresAt) {
  }

  /** Where a debtor signs in with the reference of a letter and a fact on file. */
  public String address() {
    return address;
  }

  /** How long a link stays good from the moment it is written. */
  public Duration validFor() {
    return validFor;
  }

  /** A link into the case, good for {@link #validFor()} from now. */
  public String link(String caseNumber) {
    return address + "/link?token=" + token(caseNumber, clock.instant().plus(validFor));
  }

  /** The token of a link into the case that expires at {@code expiresAt}. */
  public String token(String caseNumber, Instant expiresAt) {
    String claim = caseNumber + "." + expiresAt.getEpochSecond();
    return ENCODER.encodeToString(claim.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(claim));
  }

  /** The verdict on a token: forged (or not a token at all), expired, or valid for the case it names. */
  public Opened open(String token) {
    if (token == null) {
      return new Opened(Verdict.FORGED, null, null);
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1) {
      return new Opened(Verdict.FORGED, null, null);
    }
    try {
      String claim = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      int split = claim.lastIndexOf('.');
      if (split <= 0 || !MessageDigest.isEqual(signature, sign(claim))) {
        return new Opened(Verdict.FORGED, null, null);
      }
      Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(claim.substring(split + 1)));
      String caseNumber = claim.substring(0, split);
      return new Opened(clock.instant().isBefore(expiresAt) ? Verdict.VALID : Verdict.EXPIRED, caseNumber, expiresAt);
    } catch (IllegalArgumentException notOurs) {
      return new Opened(Verdict.FORGED, null, null);
    }
  }

  private byte[] sign(String claim) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(claim.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
