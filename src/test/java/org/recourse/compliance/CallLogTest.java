package org.recourse.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.recourse.support.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Calls logged from the work-account form go through the guard into the contact log, as over the API: the debtor's
 * numbers are offered, what came of the call follows from the outcome, and a call the law forbids now is refused
 * with its rule and leaves nothing behind. The debtor is a Texan with a mobile number in Austin (Central time).
 */
class CallLogTest extends EngineTest {

  private static final String MOBILE = "+15125550147";

  @Autowired
  ContactGuard guard;

  @Test
  void the_form_offers_the_debtors_numbers_and_the_call_is_logged_with_what_it_got() {
    String caseNumber = atTheCollector();
    Task work = driver.task(caseNumber, "Task_WorkAccount");
    assertThat(tasks.getVariableLocalTyped(work.getId(), "caseFacts").getValue().toString())
        .contains("\"phoneChoices\":[{").contains("\"value\":\"" + MOBILE + "\"").contains("(512) 555-0147 (mobile)");

    driver.completeAs("collector", work, Map.of("outcome", "NO_CONTACT", "call", "OUTBOUND", "phoneCalled", MOBILE,
        "callResult", "VOICEMAIL", "notes", "Left a message asking for a call back"));

    assertThat(guard.contacts(caseNumber)).singleElement().satisfies(contact -> {
      assertThat(contact.getChannel()).isEqualTo(ContactChannel.CALL);
      assertThat(contact.isOutbound()).isTrue();
      assertThat(contact.getResult()).isEqualTo(ContactResult.VOICEMAIL);
      assertThat(contact.getAddress()).isEqualTo(MOBILE);
      assertThat(contact.getRecordedBy()).isEqualTo("collector");
    });
    assertThat(guard.decisions(caseNumber)).first().satisfies(decision -> assertThat(decision.isAllowed()).isTrue());
  }

  @Test
  void a_call_before_eight_in_the_debtors_morning_is_refused_with_its_rule_and_nothing_is_recorded() {
    String caseNumber = atTheCollector();
    // 08:30 in New York is 07:30 in Austin.
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(LocalTime.of(8, 30)).atZone(EASTERN).toInstant()));
    Task work = driver.task(caseNumber, "Task_WorkAccount");

    assertThatThrownBy(() -> driver.completeAs("collector", work, Map.of("outcome", "PROMISE_TO_PAY",
        "promiseAmount", 200, "promiseDate", TODAY.plusDays(10).toString(), "call", "OUTBOUND",
        "phoneCalled", MOBILE)))
        .hasMessageContaining("This call cannot be logged as made").hasMessageContaining("REGF-1006.6(b)(1)(i)");

    assertThat(driver.task(caseNumber, "Task_WorkAccount")).isNotNull();
    assertThat(guard.contacts(caseNumber)).isEmpty();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
  }

  @Test
  void a_form_wrong_in_the_call_the_promise_and_the_budget_is_refused_once_naming_every_problem() {
    String caseNumber = atTheCollector();
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(LocalTime.of(8, 30)).atZone(EASTERN).toInstant()));
    Task work = driver.task(caseNumber, "Task_WorkAccount");

    // The guard refuses the call and the negotiation refuses the promise only when asked to record them; the
    // income is wrong in its field. One submission names all three.
    assertThatThrownBy(() -> driver.completeAs("collector", work, Map.of("outcome", "PROMISE_TO_PAY",
        "promiseAmount", 1_000_000, "promiseDate", TODAY.plusDays(10).toString(), "monthlyIncome", "a lot",
        "call", "OUTBOUND", "phoneCalled", MOBILE)))
        .hasMessageContaining("Monthly income: 'a lot' is not a number.")
        .hasMessageContaining("This call cannot be logged as made").hasMessageContaining("REGF-1006.6(b)(1)(i)");
    assertThatThrownBy(() -> driver.completeAs("collector", work, Map.of("outcome", "PROMISE_TO_PAY",
        "promiseAmount", 1_000_000, "promiseDate", TODAY.plusDays(10).toString(), "call", "OUTBOUND",
        "phoneCalled", MOBILE)))
        .hasMessageContaining("This call cannot be logged as made")
        .hasMessageContaining("is more than the balance of");

    assertThat(guard.contacts(caseNumber)).isEmpty();
    assertThat(driver.task(caseNumber, "Task_WorkAccount")).isNotNull();
  }

  @Test
  void after_a_conversation_the_collector_may_not_call_for_seven_days_but_the_debtor_may_call_in() {
    String caseNumber = atTheCollector();
    guard.record(caseNumber, ContactChannel.CALL, true, ContactResult.RIGHT_PARTY_CONTACT, MOBILE,
        "Discussed the debt; will think about a plan", "collector");
    Task work = driver.task(caseNumber, "Task_WorkAccount");

    assertThatThrownBy(() -> driver.completeAs("collector", work, Map.of("outcome", "REFUSES", "call", "OUTBOUND",
        "phoneCalled", MOBILE))).hasMessageContaining("REGF-1006.14(b)(2)(ii)");
    assertThatThrownBy(() -> driver.completeAs("collector", work, Map.of("outcome", "NO_CONTACT", "call", "INBOUND",
        "phoneCalled", MOBILE))).hasMessageContaining("say what came of the call");

    driver.completeAs("collector", work, Map.of("outcome", "REFUSES", "call", "INBOUND", "phoneCalled",
        "(512) 555-0147", "notes", "Called to say they will not pay"));

    assertThat(guard.contacts(caseNumber)).hasSize(2).first().satisfies(contact -> {
      assertThat(contact.isOutbound()).isFalse();
      assertThat(contact.getResult()).isEqualTo(ContactResult.REFUSED);
      assertThat(contact.getAddress()).isEqualTo(MOBILE);
    });
  }

  @Test
  void a_task_completed_without_a_call_logs_none() {
    String caseNumber = atTheCollector();

    driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"), Map.of("outcome", "REFUSES",
        "call", "NONE", "notes", "Wrote back refusing to pay"));

    assertThat(guard.contacts(caseNumber)).isEmpty();
  }
}
