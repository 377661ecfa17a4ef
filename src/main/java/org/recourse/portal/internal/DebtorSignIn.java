package org.recourse.portal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.recourse.account.AccountRegistry;
import org.recourse.account.Language;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.platform.Actors;
import org.recourse.platform.PortalLinks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open a case on the portal: whoever gives its reference (the case number every letter prints) and a fact
 * on file, the debtor's date of birth or ZIP code, or follows a signed link of an e-mail before it expires. Failures
 * are counted per reference and per client address over a window in the database, so every node counts them alike;
 * past the limit sign-in stops there, even with the right facts, until the window has passed. A wrong reference and
 * a wrong fact are refused in the same words, so the portal never tells which references exist. Every sign-in goes
 * in the case's history.
 */
@Service
class DebtorSignIn {

  /** How the debtor proved who they are. */
  enum Way { DATE_OF_BIRTH, ZIP, LINK }

  /** A sign-in let through to this case, or refused: the reason is a message of the portal's, with its argument. */
  record Outcome(String caseNumber, Language language, String refusal, Instant retryAfter) {

    boolean signedIn() {
      return refusal == null;
    }

    static Outcome refused(String refusal, Instant retryAfter) {
      return new Outcome(null, null, refusal, retryAfter);
    }
  }

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final PortalLinks links;
  private final PortalSettings settings;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  DebtorSignIn(CollectionCases cases, AccountRegistry accounts, PortalLinks links, PortalSettings settings,
      JdbcTemplate jdbc, Clock clock) {
    this.cases = cases;
    this.accounts = accounts;
    this.links = links;
    this.settings = settings;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The reference as people type it: any case, spaces or none, the dash left out. */
  static String reference(String typed) {
    String reference = typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    return reference.matches("RC\\d+") ? "RC-" + reference.substring(2) : reference;
  }

  @Transactional
  public Outcome withFacts(String typedReference, LocalDate dateOfBirth, String zip, String clientAddress) {
    String reference = reference(typedReference);
    Instant now = clock.instant();
    Optional<Instant> stopped = stoppedUntil(reference, clientAddress, now);
    Way way = dateOfBirth != null ? Way.DATE_OF_BIRTH : Way.ZIP;
    if (stopped.isPresent()) {
      // Not counted: what is stopped stays stopped for the window, not longer for every try.
      return Outcome.refused("signin.stopped", stopped.get());
    }
    Optional<CollectionCase> found = cases.find(reference);
    boolean known = found.isPresent() && accounts.knowsTheDebtor(found.get().getAccountId(), dateOfBirth, zip);
    attempt(reference, clientAddress, way, known, now);
    if (!known) {
      if (found.isPresent() && failures("reference", reference, now) == settings.getFailuresPerReference()) {
        cases.record(reference, CaseEventKind.PORTAL_SIGN_IN, Actors.DEBTOR, "Portal sign-in stopped for "
            + settings.getFailureWindow().toMinutes() + " minutes after " + settings.getFailuresPerReference()
            + " failed attempts (the last from " + clientAddress + ")");
      }
      return Outcome.refused("signin.wrong", null);
    }
    return signedIn(found.get(), "Signed in to the portal with the " + (way == Way.DATE_OF_BIRTH ? "date of birth"
        : "ZIP code") + ", from " + clientAddress);
  }

  @Transactional
  public Outcome withLink(String token, String clientAddress) {
    Instant now = clock.instant();
    PortalLinks.Opened opened = links.open(token);
    String reference = opened.caseNumber() == null ? "(link)" : opened.caseNumber();
    Optional<Instant> stopped = stoppedUntil(reference, clientAddress, now);
    if (stopped.isPresent()) {
      return Outcome.refused("signin.stopped", stopped.get());
    }
    Optional<CollectionCase> found = opened.verdict() == PortalLinks.Verdict.VALID
        ? cases.find(opened.caseNumber()) : Optional.empty();
    // An expired link is the debtor's own, late: it asks for the facts, and is no failure to count.
    if (opened.verdict() == PortalLinks.Verdict.EXPIRED) {
      return Outcome.refused("link.expired", opened.expiresAt());
    }
    attempt(reference, clientAddress, Way.LINK, found.isPresent(), now);
    if (found.isEmpty()) {
      return Outcome.refused("link.invalid", null);
    }
    return signedIn(found.get(), "Signed in to the portal from an e-mailed link (good until " + opened.expiresAt()
        + "), from " + clientAddress);
  }

  private Outcome signedIn(CollectionCase subject, String detail) {
    cases.record(subject.getCaseNumber(), CaseEventKind.PORTAL_SIGN_IN, Actors.DEBTOR, detail);
    return new Outcome(subject.getCaseNumber(), accounts.summary(subject.getAccountId()).language(), null, null);
  }

  /** When sign-in opens again for this reference or this address, if either has failed too often. */
  private Optional<Instant> stoppedUntil(String reference, String clientAddress, Instant now) {
    return java.util.stream.Stream.of(
            reopens("reference", reference, settings.getFailuresPerReference(), now),
            reopens("client_address", clientAddress, settings.getFailuresPerAddress(), now))
        .flatMap(Optional::stream).max(Instant::compareTo);
  }

  private int failures(String column, String value, Instant now) {
    Integer count = jdbc.queryForObject("select count(*) from portal_sign_in where " + column + " = ? and not succeeded"
        + " and attempted_at > ?", Integer.class, value, java.sql.Timestamp.from(now.minus(settings.getFailureWindow())));
    return count == null ? 0 : count;
  }

  /**
   * The window reopens once enough of its failures are older than it: the limit-th newest failure's time plus it;
   * empty while fewer than the limit failed within it (sign-in is open).
   */
  private Optional<Instant> reopens(String column, String value, int limit, Instant now) {
    return jdbc.query("select attempted_at from portal_sign_in where " + column + " = ? and not succeeded"
            + " and attempted_at > ? order by attempted_at desc",
        (rows, i) -> rows.getTimestamp(1).toInstant(), value,
        java.sql.Timestamp.from(now.minus(settings.getFailureWindow())))
        .stream().skip(limit - 1L).findFirst().map(at -> at.plus(settings.getFailureWindow()));
  }

  private void attempt(String reference, String clientAddress, Way way, boolean succeeded, Instant at) {
    jdbc.update("insert into portal_sign_in (id, reference, client_address, way, succeeded, attempted_at)"
            + " values (nextval('portal_sign_in_seq'), ?, ?, ?, ?, ?)", truncate(reference, 40),
        truncate(clientAddress, 64), way.name(), succeeded, java.sql.Timestamp.from(at));
  }

  private static String truncate(String value, int length) {
    return value.length() <= length ? value : value.substring(0, length);
  }
}
