package org.recourse.correspondence.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.recourse.compliance.EmailOptOutList;
import org.recourse.correspondence.CorrespondenceSettings;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail opt-outs (12 CFR 1006.6(e)): every e-mail carries a link that opts its address out in one click, signed
 * so that nobody can opt out an address they did not receive mail at; an opted-out address gets no collection
 * e-mail again, from the moment the opt-out commits.
 */
@Service
public class MailOptOuts implements EmailOptOutList {

  private final EmailOptOutRepository optOuts;
  private final CorrespondenceSettings settings;
  private final Clock clock;

  MailOptOuts(EmailOptOutRepository optOuts, CorrespondenceSettings settings, Clock clock) {
    this.optOuts = optOuts;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isOptedOut(String address) {
    return optOuts.existsById(normalize(address));
  }

  @Override
  @Transactional(readOnly = true)
  public Set<String> optedOut(Collection<String> addresses) {
    // One look-up by key per address (the guard asks for one): a query with an IN list is translated by Hibernate
    // anew on every call, and this runs for every e-mail the guard decides.
    return addresses.stream().map(MailOptOuts::normalize).distinct().filter(optOuts::existsById)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Opts the address out if the token is the one its link carried; false if the token does not match. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean optOut(String address, String token, String source) {
    if (address == null || token == null || !MessageDigest.isEqual(
        token(address).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    String normalized = normalize(address);
    if (!optOuts.existsById(normalized)) {
      try {
        optOuts.saveAndFlush(new EmailOptOut(normalized, clock.instant(), source));
      } catch (DataIntegrityViolationException alreadyOptedOut) {
        // Two clicks at once: the first one counts.
      }
    }
    return true;
  }

  /** The one-click link for an address. */
  public String link(String address) {
    return settings.getPublicUrl() + "/api/mail/opt-out?address=" + URLEncoder.encode(normalize(address),
        StandardCharsets.UTF_8) + "&token=" + token(address);
  }

  String token(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(settings.getOptOutSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal(normalize(address).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  static String normalize(String address) {
    return address.trim().toLowerCase(Locale.ROOT);
  }
}
