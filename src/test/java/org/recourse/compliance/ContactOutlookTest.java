package org.recourse.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.PhoneKind;
import org.recourse.account.Product;
import org.recourse.intake.internal.Placement;
import org.recourse.support.EngineTest;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The work form says, when it opens, what the contact guard allows now: a Californian's numbers at 06:29 in the
 * morning, their time, the calls already placed this week, and when each refusal lifts; a look leaves nothing in
 * the guard's audit trail, and the call logged at Complete gets the same answer.
 */
class ContactOutlookTest extends EngineTest {

  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
  private static final String MOBILE = "+14155550123";

  @Autowired
  ContactGuard guard;
  @Autowired
  ObjectMapper json;

  @Test
  void a_californians_form_at_0629_shows_calls_refused_until_eight_letters_allowed_and_the_calls_of_the_week()
      throws Exception {
    at("2026-03-03T13:00");
    String caseNumber = atTheCollector(californian());
    guard.record(caseNumber, ContactChannel.CALL, true, ContactResult.NO_ANSWER, MOBILE, null, "collector");
    guard.record(caseNumber, ContactChannel.CALL, true, ContactResult.VOICEMAIL, MOBILE, null, "collector");
    at("2026-03-04T06:29");
    int decisionsBefore = guard.decisions(caseNumber).size();

    Task work = driver.task(caseNumber, "Task_WorkAccount");
    JsonNode now = json.readTree(tasks.getVariableLocalTyped(work.getId(), "caseFacts").getValue().toString())
        .path("contactNow");

    assertThat(now.path("localTime").asText()).isEqualTo("06:29 PST (America/Los_Angeles)");
    assertThat(now.path("asOf").asText()).isEqualTo("as of 2026-03-04 06:29 debtor's time");
    assertThat(now.path("callsInSevenDays").asInt()).isEqualTo(2);
    assertThat(now.path("calls").asText()).startsWith("2 of at most 7 calls placed in the last seven days");
    JsonNode call = way(now, "CALL");
    assertThat(call.path("way").asText()).isEqualTo("Call (415) 555-0123 (mobile)");
    assertThat(call.path("now").asText()).isEqualTo("refused");
    assertThat(call.path("rule").asText()).startsWith(ContactRules.HOURS_RULE + ": It is 06:29 in America/Los_Angeles");
    assertThat(call.path("lifts").asText()).isEqualTo("calls allowed from 08:00 debtor's time, in 1 h 31 min");
    assertThat(way(now, "TEXT").path("lifts").asText()).isEqualTo("texts allowed from 08:00 debtor's time, in 1 h 31 min");
    assertThat(way(now, "EMAIL").path("now").asText()).isEqualTo("refused");
    assertThat(way(now, "LETTER").path("now").asText()).isEqualTo("allowed");
    assertThat(way(now, "LETTER").path("rule").asText()).isEmpty();
    // Only looking: the guard kept no answer.
    assertThat(guard.decisions(caseNumber)).hasSize(decisionsBefore);

    // The call logged at Complete is asked of the same guard, and refused by the rule the form showed.
    assertThatThrownBy(() -> driver.completeAs("collector", work, Map.of("outcome", "NO_CONTACT", "call", "OUTBOUND",
        "phoneCalled", MOBILE, "callResult", "NO_ANSWER")))
        .hasMessageContaining(ContactRules.HOURS_RULE);
  }

  @Test
  void after_seven_calls_in_seven_days_the_form_says_from_which_day_calls_are_allowed_again() throws Exception {
    at("2026-03-02T10:00");
    String caseNumber = atTheCollector(californian());
    for (String time : List.of("2026-03-02T10:30", "2026-03-02T12:00", "2026-03-02T15:00", "2026-03-03T10:00",
        "2026-03-03T14:00", "2026-03-04T11:00", "2026-03-04T16:00")) {
      at(time);
      guard.record(caseNumber, ContactChannel.CALL, true, ContactResult.NO_ANSWER, MOBILE, null, "collector");
    }
    at("2026-03-05T09:15");

    JsonNode now = json.readTree(tasks.getVariableLocalTyped(driver.task(caseNumber, "Task_WorkAccount").getId(),
        "caseFacts").getValue().toString()).path("contactNow");

    assertThat(now.path("callsInSevenDays").asInt()).isEqualTo(7);
    JsonNode call = way(now, "CALL");
    assertThat(call.path("rule").asText()).startsWith(ContactRules.SEVEN_IN_SEVEN_RULE + ": 7 calls were placed");
    // The oldest of the seven, on 2 March, leaves the seven days on the 9th; the clocks go forward an hour on the 8th.
    assertThat(call.path("lifts").asText()).isEqualTo("calls allowed from 2026-03-09, in 3 d 13 h");
    assertThat(way(now, "TEXT").path("now").asText()).isEqualTo("allowed");
  }

  private static JsonNode way(JsonNode contactNow, String channel) {
    for (JsonNode way : contactNow.path("ways")) {
      if (way.path("channel").asText().equals(channel)) {
        return way;
      }
    }
    throw new AssertionError("no " + channel + " among " + contactNow.path("ways"));
  }

  private static void at(String pacificTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(pacificTime).atZone(PACIFIC).toInstant()));
  }

  /** The test placement, of a debtor in San Francisco with a mobile number there. */
  private static Placement californian() {
    Placement texan = TestData.placement(TestData.accountNumber(), "1200.00");
    return new Placement(texan.creditorCode(), texan.accountNumber(), texan.originalCreditor(),
        texan.currentCreditor(), Product.CREDIT_CARD, "USD", new Placement.Itemization(ItemizationDateType.CHARGE_OFF,
            LocalDate.of(2025, 6, 30), new BigDecimal("1200.00"), null, new BigDecimal("35.00"), null),
        texan.chargeOffDate(), texan.chargeOffBalance(), texan.lastPaymentDate(), texan.lastPaymentAmount(),
        texan.delinquencyDate(), new Placement.Debtor("Ana", "Reyes", LocalDate.of(1979, 11, 20), "en",
            new Placement.Address("500 Market St", null, "San Francisco", "CA", "94105"),
            List.of(new Placement.Phone("(415) 555-0123", PhoneKind.MOBILE)),
            List.of(new Placement.Email("ana.reyes@example.com", true))));
  }
}
