package org.recourse.workspace.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.recourse.account.PhoneNumbers;
import org.recourse.platform.Money;
import org.recourse.platform.StaffTime;
import org.springframework.stereotype.Component;

/** How the pages write amounts, moments and names of things ({@code ${@words.money(x)}} in a template). */
@Component("words")
public class Words {

  private final Clock clock;

  Words(Clock clock) {
    this.clock = clock;
  }

  public String money(BigDecimal amount) {
    return amount == null ? "" : Money.usd(amount);
  }

  /** A moment in the business zone, as the rest of Recourse writes it for staff. */
  public String when(Instant moment) {
    return moment == null ? "" : StaffTime.format(moment, clock);
  }

  /**
   * When something is due: a deadline at midnight in the business zone is the end of the day before ("by the end of
   * 2026-12-21"), any other moment as {@link #when}.
   */
  public String dueBy(Instant moment) {
    if (moment == null) {
      return "";
    }
    var local = moment.atZone(clock.getZone());
    return local.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? "by the end of " + local.toLocalDate().minusDays(1) : when(moment);
  }

  /** Where a contact went: a phone number as people write it, an e-mail or postal address as it is. */
  public String reached(Object channel, String address) {
    if (address != null && ("CALL".equals(String.valueOf(channel)) || "TEXT".equals(String.valueOf(channel)))) {
      return PhoneNumbers.display(address);
    }
    return address == null ? "" : address;
  }

  public String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** An enum's name as words: RIGHT_PARTY_CONTACT, "right party contact". */
  public String label(Object value) {
    return value == null ? "" : value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static final java.util.Map<String, String> FIELDS = java.util.Map.ofEntries(
      java.util.Map.entry("number", "Number"), java.util.Map.entry("kind", "Kind"),
      java.util.Map.entry("result", "What came of it"), java.util.Map.entry("line1", "Street and number"),
      java.util.Map.entry("city", "City"), java.util.Map.entry("state", "State"),
      java.util.Map.entry("postalCode", "ZIP code"), java.util.Map.entry("address", "Address"),
      java.util.Map.entry("receivedVia", "Received"), java.util.Map.entry("category", "About"),
      java.util.Map.entry("summary", "What the debtor complains of"),
      java.util.Map.entry("regulatorReference", "Regulator's reference"),
      java.util.Map.entry("receivedOn", "Received on"), java.util.Map.entry("collector", "Collector"),
      java.util.Map.entry("month", "Month"), java.util.Map.entry("amount", "Target ($)"));

  /** A form field's label, for a refusal that names the field. */
  public String field(String name) {
    return FIELDS.getOrDefault(name, name);
  }

  /** Whether a moment has passed. */
  public boolean past(Instant moment) {
    return moment != null && moment.isBefore(clock.instant());
  }
}
