package org.recourse.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the work form words when a refusal lifts, in the debtor's time. */
class ContactOutlookFactsTest {

  private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
  private static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");

  @Test
  void a_texan_may_be_in_either_zone_so_the_hour_is_given_in_both() {
    Instant now = LocalDateTime.parse("2026-12-05T21:52").atZone(CENTRAL).toInstant();
    Instant eightInDenver = LocalDateTime.parse("2026-12-06T08:00").atZone(MOUNTAIN).toInstant();

    assertThat(ContactOutlookFacts.lifts(refusedUntil(eightInDenver), List.of(CENTRAL, MOUNTAIN), now))
        .isEqualTo("calls allowed from 09:00 CST / 08:00 MST tomorrow, 2026-12-06, in 11 h 8 min");
    assertThat(ContactOutlookFacts.lifts(refusedUntil(eightInDenver), List.of(MOUNTAIN), now))
        .isEqualTo("calls allowed from 08:00 debtor's time tomorrow, 2026-12-06, in 11 h 8 min");
  }

  @Test
  void a_refusal_that_does_not_lift_by_itself_says_so() {
    assertThat(ContactOutlookFacts.lifts(refusedUntil(null), List.of(CENTRAL), Instant.EPOCH))
        .isEqualTo("not by itself: only when what stops it is lifted");
  }

  @Test
  void spans_are_in_days_and_hours_or_hours_and_minutes() {
    assertThat(ContactOutlookFacts.span(Duration.ofMinutes(91))).isEqualTo("1 h 31 min");
    assertThat(ContactOutlookFacts.span(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(ContactOutlookFacts.span(Duration.ofHours(2))).isEqualTo("2 h");
    assertThat(ContactOutlookFacts.span(Duration.ofHours(113).plusMinutes(10))).isEqualTo("4 d 17 h");
    assertThat(ContactOutlookFacts.span(Duration.ofSeconds(30))).as("rounded up").isEqualTo("1 min");
  }

  private static ContactGuard.Permission refusedUntil(Instant liftsAt) {
    return new ContactGuard.Permission(ContactChannel.CALL, "+15125550100", false, ContactRules.HOURS_RULE,
        "It is late.", liftsAt);
  }
}
