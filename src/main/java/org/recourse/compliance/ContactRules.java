package org.recourse.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.recourse.account.PhoneKind;
import org.recourse.account.UsState;

/**
 * The contact rules of FDCPA and Regulation F with the state overlays, as one pure function of what is known about
 * a debtor and the contact about to be made (../shared/design/COMPLIANCE.md). Each refusal names its rule, says why
 * in a sentence and, where it can, when it lifts.
 */
public final class ContactRules {

  /** The rule of the hours (1006.6(b)(1)(i)): a refusal that lifts by itself at the next allowed hour. */
  public static final String HOURS_RULE = "REGF-1006.6(b)(1)(i)";
  /** An address that opted out of e-mail (1006.6(e)): the letter may still go by post. */
  public static final String OPT_OUT_RULE = "REGF-1006.6(e)";
  /** At most seven placed calls in seven days (1006.14(b)(2)(i)). */
  public static final String SEVEN_IN_SEVEN_RULE = "REGF-1006.14(b)(2)(i)";

  static final LocalTime EARLIEST = LocalTime.of(8, 0);
  static final LocalTime LATEST = LocalTime.of(21, 0);
  static final int CALLS_PER_7_DAYS = 7;
  /** The letters a cease request or refusal to pay still allows (1692c(c)(1)–(3)). */
  static final Set<String> LETTERS_ALLOWED_AFTER_CEASE = Set.of("cease-acknowledgement", "paid-in-full", "final-demand");
  /** The letters that answer a dispute, or collect nothing, and so may go while collection waits for verification. */
  static final Set<String> LETTERS_ALLOWED_DURING_DISPUTE = Set.of("dispute-acknowledgement", "verification",
      "original-creditor", "cease-acknowledgement", "paid-in-full");

  private ContactRules() {
  }

  /** What is known about the debtor of a case when a contact is considered. */
  public record Situation(UsState state, List<Phone> phones, List<PastContact> history, List<Restriction> restrictions,
      List<Hold> holds, Set<String> optedOutEmails, Integer stateCallLimitPer7Days, String stateLimitRule) {

    /** The zone the debtor's days are counted in: their state's first. */
    ZoneId home() {
      return StateTimeZones.of(state).get(0);
    }
  }

  public record Phone(String e164, PhoneKind kind) {
  }

  public record PastContact(ContactChannel channel, boolean outbound, ContactResult result, Instant at) {
  }

  public record Restriction(RestrictionKind kind, LocalTime from, LocalTime to, String detail) {
  }

  /**
   * A hold as the rules see it: whether it is on, whether it stops collection, and for a deceased debtor the phone
   * or e-mail of the person authorised for the estate.
   */
  public record Hold(HoldKind kind, boolean active, boolean pausesCollection, String representativeContact) {
  }

  /** A contact about to be made: by which channel, to which number or address, and for a letter, which one. */
  public record Request(ContactChannel channel, String address, String letter) {
  }

  public record Decision(boolean allowed, String rule, String reason, Instant liftsAt) {

    static Decision allow() {
      return new Decision(true, null, null, null);
    }

    static Decision deny(String rule, String reason, Instant liftsAt) {
      return new Decision(false, rule, reason, liftsAt);
    }
  }

  public static Decision evaluate(Situation situation, Request request, Instant now) {
    for (Rule rule : List.<Rule>of(ContactRules::bankruptcy, ContactRules::deceased, ContactRules::dispute,
        ContactRules::attorney, ContactRules::cease, ContactRules::optOut, ContactRules::medium,
        ContactRules::hours, ContactRules::inconvenientTime, ContactRules::workNumber, ContactRules::conversation,
        ContactRules::sevenInSeven, ContactRules::stateLimit)) {
      Optional<Decision> refusal = rule.check(situation, request, now);
      if (refusal.isPresent()) {
        return refusal.get();
      }
    }
    return Decision.allow();
  }

  @FunctionalInterface
  private interface Rule {
    Optional<Decision> check(Situation situation, Request request, Instant now);
  }

  /** The automatic stay: no act to collect from a debtor in bankruptcy, by any channel. */
  private static Optional<Decision> bankruptcy(Situation situation, Request request, Instant now) {
    return activeHold(situation, HoldKind.BANKRUPTCY).map(h -> Decision.deny("11-USC-362(a)",
        "The debtor filed for bankruptcy; the automatic stay forbids any contact to collect until it is lifted.",
        null));
  }

  /**
   * A deceased debtor: nobody is contacted until a person authorised for the estate is named, and then only that
   * person, by the phone or e-mail recorded for them; letters addressed to the debtor no longer go.
   */
  private static Optional<Decision> deceased(Situation situation, Request request, Instant now) {
    Optional<Hold> death = situation.holds().stream().filter(h -> h.kind() == HoldKind.DECEASED)
        .reduce((first, later) -> later);
    if (death.isEmpty()) {
      return Optional.empty();
    }
    if (death.get().active()) {
      return Optional.of(Decision.deny("REGF-1006.6(a)(4)", "The debtor has died; no contact until a person "
          + "authorised for the estate is named.", null));
    }
    String representative = death.get().representativeContact();
    if (request.channel() != ContactChannel.LETTER && representative != null && request.address() != null
        && normalized(representative).equals(normalized(request.address()))) {
      return Optional.empty();
    }
    return Optional.of(Decision.deny("REGF-1006.6(a)(4)", "The debtor has died; contact only the person "
        + "authorised for the estate" + (representative == null ? "" : ", at " + representative) + ".", null));
  }

  /** A dispute within the validation period: collection stops until verification is sent (1692g(b)). */
  private static Optional<Decision> dispute(Situation situation, Request request, Instant now) {
    boolean waiting = situation.holds().stream()
        .anyMatch(h -> h.kind() == HoldKind.DISPUTE && h.active() && h.pausesCollection());
    if (!waiting || isLetterAmong(request, LETTERS_ALLOWED_DURING_DISPUTE)) {
      return Optional.empty();
    }
    return Optional.of(Decision.deny("FDCPA-1692g(b)", "The debtor disputed the debt within the validation period; "
        + "collection stops until the verification or the original creditor's name and address is sent.", null));
  }

  private static Optional<Decision> attorney(Situation situation, Request request, Instant now) {
    return active(situation, RestrictionKind.ATTORNEY).map(r -> Decision.deny("FDCPA-1692c(a)(2)",
        "The debtor is represented by an attorney" + (r.detail() == null ? "" : " (" + r.detail() + ")")
            + "; contact the attorney only.", null));
  }

  private static Optional<Decision> cease(Situation situation, Request request, Instant now) {
    Optional<Restriction> cease = active(situation, RestrictionKind.CEASE)
        .or(() -> active(situation, RestrictionKind.REFUSAL_TO_PAY));
    if (cease.isEmpty()) {
      return Optional.empty();
    }
    if (isLetterAmong(request, LETTERS_ALLOWED_AFTER_CEASE)) {
      return Optional.empty();
    }
    String why = cease.get().kind() == RestrictionKind.CEASE ? "asked in writing that we stop communicating"
        : "refused in writing to pay";
    return Optional.of(Decision.deny("FDCPA-1692c(c)", "The debtor " + why + "; only a notice that collection ends"
        + " or of a specific remedy may be sent.", null));
  }

  private static Optional<Decision> optOut(Situation situation, Request request, Instant now) {
    if (request.channel() == ContactChannel.EMAIL && request.address() != null
        && situation.optedOutEmails().contains(normalized(request.address()))) {
      return Optional.of(Decision.deny(OPT_OUT_RULE, request.address() + " opted out of e-mail.", null));
    }
    return Optional.empty();
  }

  /** A medium the debtor asked us not to use (on the portal, by phone, in writing): never used. */
  private static Optional<Decision> medium(Situation situation, Request request, Instant now) {
    return RestrictionKind.refusing(request.channel()).flatMap(kind -> active(situation, kind))
        .map(r -> Decision.deny("REGF-1006.14(h)(1)", "The debtor asked not to be contacted by "
            + request.channel().name().toLowerCase().replace("call", "phone call").replace("text", "text message")
            + (r.detail() == null ? "" : " (" + r.detail() + ")") + ".", null));
  }

  /** 08:00 to 21:00 at the debtor's location; where it is uncertain, in every zone they may be in. */
  private static Optional<Decision> hours(Situation situation, Request request, Instant now) {
    if (request.channel() == ContactChannel.LETTER) {
      return Optional.empty();
    }
    String phone = request.channel() == ContactChannel.EMAIL ? null : request.address();
    Set<ZoneId> zones = StateTimeZones.candidates(situation.state(), phone);
    List<ZoneId> outside = zones.stream().filter(zone -> !withinHours(now, zone)).toList();
    if (outside.isEmpty()) {
      return Optional.empty();
    }
    ZoneId first = outside.get(0);
    return Optional.of(Decision.deny(HOURS_RULE, "It is " + now.atZone(first).toLocalTime()
        .withSecond(0).withNano(0) + " in " + first + (zones.size() > 1 ? " (the debtor may be in any of " + zones + ")"
        : "") + "; contact is allowed from 08:00 to 21:00 local time.", nextWindow(zones, now)));
  }

  private static Optional<Decision> inconvenientTime(Situation situation, Request request, Instant now) {
    if (!isCallOrText(request)) {
      return Optional.empty();
    }
    ZoneId home = situation.home();
    LocalTime local = now.atZone(home).toLocalTime();
    for (Restriction restriction : situation.restrictions()) {
      if (restriction.kind() == RestrictionKind.INCONVENIENT_TIME && restriction.from() != null
          && restriction.to() != null && within(local, restriction.from(), restriction.to())) {
        LocalDate day = now.atZone(home).toLocalDate();
        Instant lifts = day.atTime(restriction.to()).atZone(home).toInstant();
        if (!lifts.isAfter(now)) {
          lifts = day.plusDays(1).atTime(restriction.to()).atZone(home).toInstant();
        }
        return Optional.of(Decision.deny("FDCPA-1692c(a)(1)", "The debtor said " + restriction.from() + "–"
            + restriction.to() + " is inconvenient" + (restriction.detail() == null ? "" : " (" + restriction.detail()
            + ")") + ".", lifts));
      }
    }
    return Optional.empty();
  }

  private static Optional<Decision> workNumber(Situation situation, Request request, Instant now) {
    if (!isCallOrText(request) || active(situation, RestrictionKind.NO_CALLS_AT_WORK).isEmpty()) {
      return Optional.empty();
    }
    boolean work = situation.phones().stream()
        .anyMatch(phone -> phone.e164().equals(request.address()) && phone.kind() == PhoneKind.WORK);
    return work ? Optional.of(Decision.deny("FDCPA-1692c(a)(3)", "The debtor's employer forbids calls at work; "
        + request.address() + " is their work number.", null)) : Optional.empty();
  }

  /** No placed call for seven days after a telephone conversation: its day and the six after it. */
  private static Optional<Decision> conversation(Situation situation, Request request, Instant now) {
    if (request.channel() != ContactChannel.CALL) {
      return Optional.empty();
    }
    ZoneId home = situation.home();
    LocalDate today = now.atZone(home).toLocalDate();
    return situation.history().stream()
        .filter(c -> c.channel() == ContactChannel.CALL && c.result().isConversation() && !c.at().isAfter(now))
        .map(c -> c.at().atZone(home).toLocalDate())
        .filter(day -> today.isBefore(day.plusDays(7)))
        .max(Comparator.naturalOrder())
        .map(day -> Decision.deny("REGF-1006.14(b)(2)(ii)", "There was a telephone conversation with the debtor on "
            + day + "; no call may be placed in the seven days that begin that day.",
            day.plusDays(7).atStartOfDay(home).toInstant()));
  }

  /** At most seven placed calls in seven consecutive days (the debtor's days), all their numbers together. */
  private static Optional<Decision> sevenInSeven(Situation situation, Request request, Instant now) {
    if (request.channel() != ContactChannel.CALL) {
      return Optional.empty();
    }
    return limitIn7Days(situation, now, CALLS_PER_7_DAYS, Set.of(ContactChannel.CALL), SEVEN_IN_SEVEN_RULE,
        "calls were placed");
  }

  /** A state's own limit, such as Massachusetts': two calls or texts in seven days. */
  private static Optional<Decision> stateLimit(Situation situation, Request request, Instant now) {
    if (!isCallOrText(request) || situation.stateCallLimitPer7Days() == null) {
      return Optional.empty();
    }
    return limitIn7Days(situation, now, situation.stateCallLimitPer7Days(),
        Set.of(ContactChannel.CALL, ContactChannel.TEXT), situation.stateLimitRule(), "calls or texts were made");
  }

  private static Optional<Decision> limitIn7Days(Situation situation, Instant now, int limit,
      Set<ContactChannel> channels, String rule, String what) {
    List<LocalDate> days = daysOfPlacedContacts(situation, now, channels);
    if (days.size() < limit) {
      return Optional.empty();
    }
    LocalDate today = now.atZone(situation.home()).toLocalDate();
    days.sort(Comparator.reverseOrder());
    // The next contact is allowed on the day the oldest of the last {limit} leaves the seven-day window.
    LocalDate lifts = days.get(limit - 1).plusDays(7);
    return Optional.of(Decision.deny(rule, days.size() + " " + what + " in the seven days from "
        + today.minusDays(6) + " to " + today + "; the limit is " + limit + ".",
        lifts.atStartOfDay(situation.home()).toInstant()));
  }

  /** The calls placed in the seven days the seven-in-seven rule counts now (today, the debtor's, and the six before). */
  public static int callsPlacedInSevenDays(Situation situation, Instant now) {
    return daysOfPlacedContacts(situation, now, Set.of(ContactChannel.CALL)).size();
  }

  /** The debtor's day of each contact placed by {@code channels} in the seven days that end today. */
  private static List<LocalDate> daysOfPlacedContacts(Situation situation, Instant now, Set<ContactChannel> channels) {
    ZoneId home = situation.home();
    LocalDate firstDay = now.atZone(home).toLocalDate().minusDays(6);
    List<LocalDate> days = new ArrayList<>();
    for (PastContact contact : situation.history()) {
      LocalDate day = contact.at().atZone(home).toLocalDate();
      if (contact.outbound() && channels.contains(contact.channel()) && !day.isBefore(firstDay)
          && !contact.at().isAfter(now)) {
        days.add(day);
      }
    }
    return days;
  }

  private static Optional<Hold> activeHold(Situation situation, HoldKind kind) {
    return situation.holds().stream().filter(h -> h.kind() == kind && h.active()).findFirst();
  }

  private static String normalized(String address) {
    return address.trim().toLowerCase(Locale.ROOT);
  }

  private static Optional<Restriction> active(Situation situation, RestrictionKind kind) {
    return situation.restrictions().stream().filter(r -> r.kind() == kind).findFirst();
  }

  /** Whether a letter is asked and is one of {@code letters}; a letter not named is none of them. */
  private static boolean isLetterAmong(Request request, Set<String> letters) {
    // Set.of(...).contains(null) throws: a form asks of a letter without naming one.
    return request.channel() == ContactChannel.LETTER && request.letter() != null && letters.contains(request.letter());
  }

  private static boolean isCallOrText(Request request) {
    return request.channel() == ContactChannel.CALL || request.channel() == ContactChannel.TEXT;
  }

  private static boolean withinHours(Instant now, ZoneId zone) {
    LocalTime local = now.atZone(zone).toLocalTime();
    return !local.isBefore(EARLIEST) && local.isBefore(LATEST);
  }

  /** Whether {@code time} is in [from, to), a window that may run past midnight. */
  private static boolean within(LocalTime time, LocalTime from, LocalTime to) {
    return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
  }

  /** The first moment from which it is 08:00–21:00 in every zone. */
  private static Instant nextWindow(Set<ZoneId> zones, Instant now) {
    List<Instant> openings = new ArrayList<>();
    for (ZoneId zone : zones) {
      var local = now.atZone(zone);
      LocalDate day = local.toLocalTime().isBefore(EARLIEST) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
      openings.add(day.atTime(EARLIEST).atZone(zone).toInstant());
      openings.add(day.plusDays(1).atTime(EARLIEST).atZone(zone).toInstant());
    }
    return openings.stream().sorted()
        .filter(at -> zones.stream().allMatch(zone -> withinHours(at, zone)))
        .findFirst().orElse(null);
  }
}
