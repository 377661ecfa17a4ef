package org.recourse.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recourse.account.AccountSummary;
import org.recourse.account.PhoneNumbers;
import org.recourse.casework.CaseFactsContributor;
import org.recourse.casework.CollectionCase;
import org.springframework.stereotype.Component;

/**
 * What the contact guard allows now, for the person about to call: the debtor's local time, the guard's answer for
 * each number, channel and address with the rule and when a refusal lifts, and the calls placed in the seven days the
 * rule counts. The guard is asked only to look (nothing is kept in its audit trail); the moment of asking is stated,
 * because a form stays open while the clock moves on.
 */
@Component
public class ContactOutlookFacts implements CaseFactsContributor {

  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.US);
  private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
  private static final DateTimeFormatter HOUR_IN_ZONE = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.US);

  private final ContactGuard guard;

  ContactOutlookFacts(ContactGuard guard) {
    this.guard = guard;
  }

  @Override
  public void contribute(CollectionCase subject, AccountSummary account, Map<String, Object> facts) {
    facts.put("contactNow", now(subject, account));
  }

  /**
   * The outlook as words for a page or a form: {@code localTime}, {@code asOf}, {@code calls} and {@code ways}, each
   * way with its {@code channel}, {@code way}, {@code allowed}, {@code now}, {@code rule} and {@code lifts}.
   */
  public Map<String, Object> now(CollectionCase subject, AccountSummary account) {
    ContactGuard.Outlook outlook = guard.outlook(subject, account);
    List<ZoneId> zones = StateTimeZones.of(account.state());
    ZoneId home = zones.get(0); // the zone the rules count the debtor's days in
    Instant now = outlook.at().truncatedTo(ChronoUnit.MINUTES);

    Map<String, Object> contact = new LinkedHashMap<>();
    // A state over two zones that read the same now (Arizona and Denver in winter) gives one time, with both zones.
    contact.put("localTime", zones.stream()
        .collect(Collectors.groupingBy(zone -> LOCAL_TIME.format(now.atZone(zone)), LinkedHashMap::new,
            Collectors.mapping(ZoneId::getId, Collectors.joining(", "))))
        .entrySet().stream().map(time -> time.getKey() + " (" + time.getValue() + ")")
        .collect(Collectors.joining(" or ")));
    contact.put("asOf", "as of " + AS_OF.format(now.atZone(home)) + " debtor's time");
    contact.put("callsInSevenDays", outlook.callsInSevenDays());
    contact.put("calls", outlook.callsInSevenDays() + " of at most " + ContactRules.CALLS_PER_7_DAYS
        + " calls placed in the last seven days (" + ContactRules.SEVEN_IN_SEVEN_RULE + ")");
    contact.put("ways", outlook.permissions().stream().map(p -> way(p, account, zones, now)).toList());
    return contact;
  }

  private static Map<String, Object> way(ContactGuard.Permission permission, AccountSummary account,
      List<ZoneId> zones, Instant now) {
    Map<String, Object> way = new LinkedHashMap<>();
    way.put("channel", permission.channel().name());
    way.put("way", channelName(permission.channel()) + (permission.address() == null ? "" : " "
        + addressLabel(permission.address(), account.phones())));
    way.put("allowed", permission.allowed());
    way.put("now", permission.allowed() ? "allowed" : "refused");
    way.put("rule", permission.allowed() ? "" : permission.rule() + ": " + permission.reason());
    way.put("lifts", permission.allowed() ? "" : lifts(permission, zones, now));
    return way;
  }

  /**
   * "calls allowed from 08:00 debtor's time, in 1 h 31 min", "... from 08:00 debtor's time tomorrow, 2026-12-06, in
   * 9 h 10 min", "calls allowed from 2026-12-08, in 4 d 17 h". Where the debtor's state has two zones the hour is
   * given in each ("09:00 CST / 08:00 MST"): the hours rule waits for the later one.
   */
  static String lifts(ContactGuard.Permission refused, List<ZoneId> zones, Instant now) {
    if (refused.liftsAt() == null) {
      return "not by itself: only when what stops it is lifted";
    }
    ZoneId home = zones.get(0);
    ZonedDateTime at = refused.liftsAt().atZone(home);
    LocalDate today = now.atZone(home).toLocalDate();
    String hour = zones.size() == 1 ? HOUR.format(at) + " debtor's time" : zones.stream()
        .map(zone -> HOUR_IN_ZONE.format(refused.liftsAt().atZone(zone))).collect(Collectors.joining(" / "));
    String when;
    if (at.toLocalDate().equals(today)) {
      when = hour;
    } else if (at.toLocalDate().equals(today.plusDays(1)) && !at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      when = hour + " tomorrow, " + at.toLocalDate();
    } else if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      when = at.toLocalDate().toString();
    } else {
      when = at.toLocalDate() + " " + hour;
    }
    return plural(refused.channel()) + " allowed from " + when + ", in " + span(Duration.between(now, at));
  }

  /** "1 h 31 min", "45 min", "4 d 17 h". */
  static String span(Duration duration) {
    long minutes = Math.max(0, (duration.getSeconds() + 59) / 60);
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    if (days > 0) {
      return days + " d" + (hours > 0 ? " " + hours + " h" : "");
    }
    return hours > 0 ? hours + " h" + (minutes % 60 > 0 ? " " + minutes % 60 + " min" : "") : minutes % 60 + " min";
  }

  private static String addressLabel(String address, List<AccountSummary.Phone> phones) {
    return phones.stream().filter(phone -> phone.e164().equals(address)).findFirst()
        .map(phone -> PhoneNumbers.display(phone.e164()) + " (" + phone.kind().name().toLowerCase(Locale.ROOT) + ")")
        .orElse(address);
  }

  private static String channelName(ContactChannel channel) {
    return switch (channel) {
      case CALL -> "Call";
      case TEXT -> "Text";
      case EMAIL -> "E-mail";
      case LETTER -> "Letter";
    };
  }

  private static String plural(ContactChannel channel) {
    return switch (channel) {
      case CALL -> "calls";
      case TEXT -> "texts";
      case EMAIL -> "e-mails";
      case LETTER -> "letters";
    };
  }
}
