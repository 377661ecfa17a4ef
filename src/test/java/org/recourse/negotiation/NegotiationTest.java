package org.recourse.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.CaseEventKind;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.Documents;
import org.recourse.negotiation.internal.Arrangement;
import org.recourse.negotiation.internal.ArrangementStatus;
import org.recourse.negotiation.internal.Arrangements;
import org.recourse.negotiation.internal.Installment;
import org.recourse.negotiation.internal.InstallmentStatus;
import org.recourse.payment.Payment;
import org.recourse.payment.Payments;
import org.recourse.support.CaseDriver;
import org.recourse.support.EngineTest;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Negotiation on the real engine and over the API: promises judged with their tolerance, plans checked against the
 * limits and the debtor's income and expenditure, settlements decided within authority, countered, offered and
 * expired, and every kind of bad term refused with the term named and nothing recorded.
 */
@AutoConfigureMockMvc
class NegotiationTest extends EngineTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  Arrangements arrangements;
  @Autowired
  Documents documents;
  @Autowired
  Payments payments;

  @Test
  void a_plans_schedule_is_shown_before_it_is_agreed_with_any_down_payment_and_adds_up_to_the_balance()
      throws Exception {
    String caseNumber = atTheCollector();

    preview(caseNumber, """
        {"kind": "PLAN", "installments": 4, "frequency": "MONTHLY", "firstDate": "2026-03-10", "downPayment": 235.00}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1235.00))
        .andExpect(jsonPath("$.installments").value(5))
        .andExpect(jsonPath("$.schedule[0].dueDate").value("2026-03-10"))
        .andExpect(jsonPath("$.schedule[0].amount").value(235.00))
        .andExpect(jsonPath("$.schedule[1].dueDate").value("2026-04-10"))
        .andExpect(jsonPath("$.schedule[1].amount").value(250.00))
        .andExpect(jsonPath("$.schedule[4].dueDate").value("2026-07-10"));
    assertThat(arrangements.ofCase(caseNumber)).isEmpty();
  }

  @Test
  void bad_terms_are_refused_with_the_term_named_and_nothing_recorded() throws Exception {
    String caseNumber = atTheCollector();

    preview(caseNumber, """
        {"kind": "PLAN", "installments": 60, "frequency": "WEEKLY", "firstDate": "2026-03-10"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("planInstallments"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("between 2 and 36 installments")));
    preview(caseNumber, """
        {"kind": "PLAN", "frequency": "MONTHLY", "schedule": [
          {"dueDate": "2026-03-10", "amount": 600.00}, {"dueDate": "2026-04-10", "amount": 600.00}]}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("schedule"))
        .andExpect(jsonPath("$.errors[0].message").value("The installments add up to $1,200.00, not the balance of "
            + "$1,235.00."));
    preview(caseNumber, """
        {"kind": "PLAN", "frequency": "MONTHLY", "schedule": [
          {"dueDate": "2026-03-20", "amount": 600.00}, {"dueDate": "2026-03-10", "amount": 635.00}]}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("schedule[1].dueDate"));
    preview(caseNumber, """
        {"kind": "PROMISE", "amount": -5, "date": "2026-03-10"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("promiseAmount"));
    preview(caseNumber, """
        {"kind": "PROMISE", "amount": 0, "date": "2026-03-10"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("The promised amount must be greater than zero."));
    preview(caseNumber, """
        {"kind": "SETTLEMENT", "amount": 1500.00, "firstDate": "2026-03-10"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("settlementAmount"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("less than the balance of $1,235.00")));
    preview(caseNumber, """
        {"kind": "SETTLEMENT", "amount": 900.00, "firstDate": "2026-03-10", "payments": 6}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("settlementPayments"));
    propose(caseNumber, """
        {"kind": "SETTLEMENT", "amount": 1500.00, "firstDate": "2026-03-10"}""")
        .andExpect(status().isBadRequest());

    assertThat(arrangements.ofCase(caseNumber)).isEmpty();
    assertThat(driver.task(caseNumber, "Task_WorkAccount")).as("the collector's task is still open").isNotNull();
  }

  @Test
  void a_plan_the_debtors_income_cannot_carry_is_refused_and_the_plans_it_can_carry_are_named() throws Exception {
    String caseNumber = atTheCollector();
    mvc.perform(post("/api/cases/{n}/affordability", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"monthlyIncome": 2400.00, "fixedCosts": 1650.00, "flexibleCosts": 420.00, "otherDebts": 180.00}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.disposableIncome").value(150.00))
        .andExpect(jsonPath("$.plans[?(@.frequency == 'MONTHLY')].installments").value(9))
        .andExpect(jsonPath("$.plans[?(@.frequency == 'MONTHLY')].installment").value(137.22));

    propose(caseNumber, """
        {"kind": "PLAN", "installments": 3, "frequency": "MONTHLY", "firstDate": "2026-03-10"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("more than the debtor's income and "
            + "expenditure leave ($150.00 monthly)")));
    propose(caseNumber, """
        {"kind": "PLAN", "installments": 9, "frequency": "MONTHLY", "firstDate": "2026-03-10"}""")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("PROPOSED"))
        .andExpect(jsonPath("$.schedule.length()").value(9));
    mvc.perform(post("/api/cases/{n}/affordability", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"monthlyIncome": -1, "fixedCosts": 100, "flexibleCosts": 0}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("monthlyIncome",
            "otherDebts")));
  }

  @Test
  void a_settlement_beyond_authority_is_countered_offered_in_writing_and_accepted_and_nobody_decides_their_own()
      throws Exception {
    String caseNumber = atTheCollector();
    // A manager takes the call: 50 % off is beyond a collector's authority.
    propose(caseNumber, "manager", """
        {"kind": "SETTLEMENT", "amount": 617.50, "firstDate": "2026-03-20", "notes": "Lump sum from savings"}""")
        .andExpect(status().isCreated());

    var approval = driver.task(caseNumber, "Task_ApproveSettlement");
    assertThat(tasks.getIdentityLinksForTask(approval.getId())).anyMatch(link -> "managers".equals(link.getGroupId()));
    assertThatThrownBy(() -> driver.completeAs("manager", approval, Map.of("decision", "APPROVE")))
        .hasMessageContaining("another approver must decide");
    assertThatThrownBy(() -> driver.completeAs("manager2", approval, Map.of("decision", "COUNTER")))
        .hasMessageContaining("Counter-offer is required");
    assertThatThrownBy(() -> driver.completeAs("manager2", approval, Map.of("decision", "COUNTER",
        "counterAmount", 1300.00))).hasMessageContaining("less than the balance");
    driver.completeAs("manager2", approval, Map.of("decision", "COUNTER", "counterAmount", 864.50,
        "decisionNote", "30 % is the most this age of debt allows"));
    driver.runJobs(caseNumber);

    var answer = driver.task(caseNumber, "Task_RecordOfferAnswer");
    assertThat(answer.getAssignee()).isEqualTo("manager");
    Document offer = documents.ofCase(caseNumber).stream().filter(d -> d.getKind().equals("settlement-offer"))
        .findFirst().orElseThrow();
    assertThat(offer.getData()).contains("\"amount\":864.50").contains("\"expiresOn\":\"2026-03-18\"");
    driver.completeAs("manager", answer, Map.of("debtorAnswer", "ACCEPTED", "notes", "Accepted on the phone"));
    driver.runJobs(caseNumber);

    Arrangement agreed = arrangements.ofCase(caseNumber).get(0);
    assertThat(agreed.getStatus()).isEqualTo(ArrangementStatus.AGREED);
    assertThat(agreed.getTotalAmount()).isEqualByComparingTo("864.50");
    assertThat(agreed.getCounteredFrom()).isEqualByComparingTo("617.50");
    assertThat(agreed.getDecidedBy()).isEqualTo("manager2");
    assertThat(documents.ofCase(caseNumber)).extracting(Document::getKind).contains("settlement-offer",
        "settlement-agreement");
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getDetail)
        .anyMatch(detail -> detail.startsWith("Settlement countered: $864.50 instead of $617.50"));
  }

  @Test
  void an_offer_the_debtor_does_not_answer_expires_and_the_case_returns_to_the_collector() throws Exception {
    String caseNumber = atTheCollector();
    propose(caseNumber, "manager", """
        {"kind": "SETTLEMENT", "amount": 617.50, "firstDate": "2026-03-20"}""").andExpect(status().isCreated());
    driver.completeAs("manager2", driver.task(caseNumber, "Task_ApproveSettlement"), Map.of("decision", "APPROVE"));
    driver.runJobs(caseNumber);

    CaseDriver.moveClock(Duration.ofDays(14));
    driver.runJobs(caseNumber);
    assertThat(driver.task(caseNumber, "Task_RecordOfferAnswer")).as("the offer stands to its last day").isNotNull();
    CaseDriver.moveClock(Duration.ofDays(1));
    driver.runJobs(caseNumber);

    assertThat(arrangements.ofCase(caseNumber).get(0).getStatus()).isEqualTo(ArrangementStatus.EXPIRED);
    assertThat(driver.task(caseNumber, "Task_WorkAccount")).isNotNull();
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getKind)
        .contains(CaseEventKind.ARRANGEMENT_EXPIRED);
  }

  @Test
  void a_promise_is_kept_within_its_tolerance_and_partly_kept_below_it() throws Exception {
    String kept = promised("300.00");
    payments.receive(kept, new Payment("PTP-" + kept, new BigDecimal("285.00"), TODAY, "Debit card"), "admin");
    String partly = promised("300.00");
    payments.receive(partly, new Payment("PTP-" + partly, new BigDecimal("100.00"), TODAY, "Debit card"), "admin");
    String broken = promised("300.00");
    // Paid in full before its date: kept at the payment, its installment paid, not left due.
    String paid = promised("300.00");
    payments.receive(paid, new Payment("PTP-" + paid, new BigDecimal("300.00"), TODAY, "Debit card"), "admin");
    driver.runJobs(paid);
    assertThat(arrangements.ofCase(paid).get(0).getStatus()).isEqualTo(ArrangementStatus.COMPLETED);
    assertThat(arrangements.ofCase(paid).get(0).getInstallments()).extracting(Installment::getStatus)
        .containsExactly(InstallmentStatus.PAID);
    assertThat(driver.task(paid, "Task_WorkAccount")).as("back to the collector").isNotNull();

    // The promise date, then its day of grace: judged the day after.
    CaseDriver.moveClock(Duration.ofDays(9));
    for (String caseNumber : List.of(kept, partly, broken)) {
      driver.runJobs(caseNumber);
      assertThat(driver.task(caseNumber, "Task_WorkAccount")).as("back to the collector").isNotNull();
    }
    assertThat(arrangements.ofCase(kept).get(0).getStatus()).isEqualTo(ArrangementStatus.COMPLETED);
    assertThat(arrangements.ofCase(kept).get(0).getInstallments()).extracting(Installment::getStatus)
        .containsExactly(InstallmentStatus.PAID);
    assertThat(arrangements.ofCase(partly).get(0).getStatus()).isEqualTo(ArrangementStatus.PARTIALLY_KEPT);
    assertThat(arrangements.ofCase(broken).get(0).getStatus()).isEqualTo(ArrangementStatus.BROKEN);
    assertThat(cases.history(cases.require(partly))).extracting(CaseEvent::getDetail)
        .anyMatch(detail -> detail.equals("Promise of $300.00 partly kept: $100.00 paid"));
  }

  private String promised(String amount) throws Exception {
    String caseNumber = atTheCollector();
    propose(caseNumber, """
        {"kind": "PROMISE", "amount": %s, "date": "2026-03-11"}""".formatted(amount)).andExpect(status().isCreated());
    driver.runJobs(caseNumber);
    assertThat(arrangements.ofCase(caseNumber).get(0).getStatus()).isEqualTo(ArrangementStatus.AGREED);
    return caseNumber;
  }

  private ResultActions preview(String caseNumber, String json) throws Exception {
    return mvc.perform(post("/api/cases/{n}/arrangements/preview", caseNumber).with(httpBasic("collector", "collector"))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private ResultActions propose(String caseNumber, String json) throws Exception {
    return propose(caseNumber, "collector", json);
  }

  private ResultActions propose(String caseNumber, String user, String json) throws Exception {
    return mvc.perform(post("/api/cases/{n}/arrangements", caseNumber).with(httpBasic(user, user))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
