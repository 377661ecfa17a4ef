package org.recourse.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a moment reads for Recourse's own people, on every form and in every history: in the business's zone, with the
 * zone named ("2026-03-04 10:00 EST"). Letters speak to the debtor in their own words and zone (LetterFormat); the
 * API gives instants as ISO-8601 in UTC.
 */
public final class StaffTime {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.US);

  private StaffTime() {
  }

  public static String format(Instant moment, Clock business) {
    return WHEN.format(moment.atZone(business.getZone()));
  }
}
