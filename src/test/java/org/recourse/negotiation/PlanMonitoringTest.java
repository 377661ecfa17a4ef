package org.recourse.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseMessages;
import org.recourse.casework.CloseReason;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.Documents;
import org.recourse.negotiation.internal.Arrangement;
import org.recourse.negotiation.internal.ArrangementMonitoring;
import org.recourse.negotiation.internal.ArrangementStatus;
import org.recourse.negotiation.internal.Arrangements;
import org.recourse.negotiation.internal.Installment;
import org.recourse.negotiation.internal.InstallmentStatus;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.negotiation.internal.InstallmentCharges;
import org.recourse.payment.Payment;
import org.recourse.payment.PaymentProcessor;
import org.recourse.payment.ProcessorPayments;
import org.recourse.payment.Payments;
import org.recourse.support.CaseDriver;
import org.recourse.support.EngineTest;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Plans watched on the real engine with its clock moved: paid on time, short, missed and cured, defaulted by
 * each rule, arranged again once, and judged once each, in order, after the node was down across due dates.
 */
class PlanMonitoringTest extends EngineTest {

  /** The test placement owes $1,235.00: three monthly installments of $411.66, $411.66 and $411.68. */
  private static final LocalDate FIRST_DUE = LocalDate.of(2026, 3, 10);

  @Autowired
  Arrangements arrangements;
  @Autowired
  ArrangementMonitoring monitoring;
  @Autowired
  Documents documents;
  @Autowired
  Payments payments;
  @Autowired
  ProcessorPayments processorPayments;
  @Autowired
  InstallmentCharges charges;
  @Autowired
  Holds holds;
  @Autowired
  CaseMessages messages;

  @Test
  void a_plan_paid_on_time_is_judged_paid_each_time_and_closes_the_case_with_the_paid_in_full_letter() {
    String caseNumber = onPlan(3, "MONTHLY");

    for (String amount : List.of("411.66", "411.66", "411.68")) {
      pay(caseNumber, amount);
      moveTo(nextCheckOf(caseNumber));
      driver.runJobs(caseNumber);
    }

    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);
    assertThat(statuses(caseNumber)).isEmpty();
    assertThat(kinds(caseNumber)).containsExactly("validation-notice", "plan-agreement", "paid-in-full");
    // The last payment cleared the balance and closed the case before its installment was judged: kept all the same.
    assertThat(arrangements.ofCase(caseNumber).get(0).getStatus()).isEqualTo(ArrangementStatus.COMPLETED);
    assertThat(installments(caseNumber)).containsOnly(InstallmentStatus.PAID);
  }

  @Test
  void a_plan_paid_off_in_one_payment_is_kept_with_every_installment_paid() {
    String caseNumber = onPlan(3, "MONTHLY");
    pay(caseNumber, "1235.00");
    driver.runJobs(caseNumber);

    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);
    assertThat(arrangements.ofCase(caseNumber).get(0).getStatus()).isEqualTo(ArrangementStatus.COMPLETED);
    assertThat(installments(caseNumber)).containsExactly(InstallmentStatus.PAID, InstallmentStatus.PAID,
        InstallmentStatus.PAID);
    assertThat(events(caseNumber, CaseEventKind.ARRANGEMENT_COMPLETED))
        .containsExactly("PLAN of $1,235.00 kept: the balance is paid in full");
    assertThat(kinds(caseNumber)).doesNotContain("installment-reminder");
  }

  @Test
  void a_plan_on_a_case_recalled_ends_with_it_and_asks_for_nothing_more() {
    String caseNumber = onPlan(3, "MONTHLY");
    pay(caseNumber, "411.66");
    moveTo(FIRST_DUE.plusDays(6));
    driver.runJobs(caseNumber);
    messages.recall(caseNumber, "The creditor sold the account", "admin");
    driver.runJobs(caseNumber);

    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.RECALLED);
    assertThat(arrangements.ofCase(caseNumber).get(0).getStatus()).isEqualTo(ArrangementStatus.ENDED);
    assertThat(installments(caseNumber)).containsExactly(InstallmentStatus.PAID, InstallmentStatus.CANCELLED,
        InstallmentStatus.CANCELLED);
    assertThat(events(caseNumber, CaseEventKind.ARRANGEMENT_ENDED))
        .containsExactly("PLAN of $1,235.00 ended: the case closed (recalled)");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .as("nothing watches the plan any more").isZero();
  }

  @Test
  void a_short_payment_gets_a_reminder_and_arrears_paid_later_are_cured() {
    String caseNumber = onPlan(3, "MONTHLY");
    pay(caseNumber, "200.00");
    moveTo(FIRST_DUE.plusDays(6));
    driver.runJobs(caseNumber);

    assertThat(installments(caseNumber)).containsExactly(InstallmentStatus.SHORT, InstallmentStatus.DUE,
        InstallmentStatus.DUE);
    assertThat(kinds(caseNumber)).containsExactly("validation-notice", "plan-agreement", "installment-reminder");

    pay(caseNumber, "211.66");
    driver.runJobs(caseNumber);
    assertThat(installments(caseNumber)).containsExactly(InstallmentStatus.CURED, InstallmentStatus.DUE,
        InstallmentStatus.DUE);
    assertThat(history(caseNumber)).anyMatch(detail -> detail.contains("Installment 1") && detail.contains("cured"));
    assertThat(driver.activities(caseNumber)).contains("Gateway_AwaitInstallment");
  }

  @Test
  void a_payment_made_late_but_within_the_grace_period_counts_as_on_time() {
    String caseNumber = onPlan(3, "MONTHLY");
    moveTo(FIRST_DUE.plusDays(4));
    driver.runJobs(caseNumber);
    pay(caseNumber, "411.66");
    moveTo(FIRST_DUE.plusDays(6));
    driver.runJobs(caseNumber);

    assertThat(installments(caseNumber).get(0)).isEqualTo(InstallmentStatus.PAID);
    assertThat(kinds(caseNumber)).doesNotContain("installment-reminder");
  }

  @Test
  void two_installments_in_arrears_default_the_plan_and_a_first_default_goes_back_to_the_collector() {
    String caseNumber = onPlan(4, "WEEKLY");
    moveTo(FIRST_DUE.plusDays(13));
    driver.runJobs(caseNumber);

    assertThat(installments(caseNumber)).as("what was still to come is no longer asked for")
        .containsExactly(InstallmentStatus.MISSED, InstallmentStatus.MISSED, InstallmentStatus.CANCELLED,
            InstallmentStatus.CANCELLED);
    assertThat(arrangements.ofCase(caseNumber).get(0).getStatus()).isEqualTo(ArrangementStatus.DEFAULTED);
    assertThat(kinds(caseNumber)).containsExactly("validation-notice", "plan-agreement", "installment-reminder",
        "plan-default");
    assertThat(driver.task(caseNumber, "Task_WorkAccount")).as("arranged again").isNotNull();

    // The second arrangement defaults too: now the case goes on to the final demand.
    driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"), Map.of("outcome", "PLAN_REQUESTED",
        "planInstallments", 2, "planFrequency", "WEEKLY", "planFirstDate", today().plusDays(1).toString()));
    driver.completeAs("collector", driver.task(caseNumber, "Task_ConfirmPlan"), Map.of("debtorAnswer", "ACCEPTED"));
    driver.runJobs(caseNumber);
    CaseDriver.moveClock(Duration.ofDays(20));
    driver.runJobs(caseNumber);

    assertThat(arrangements.ofCase(caseNumber)).extracting(Arrangement::getStatus)
        .containsExactly(ArrangementStatus.DEFAULTED, ArrangementStatus.DEFAULTED);
    assertThat(kinds(caseNumber)).endsWith("plan-default", "final-demand");
  }

  @Test
  void one_installment_in_arrears_thirty_days_defaults_the_plan_by_itself() {
    String caseNumber = onPlan(3, "MONTHLY");
    moveTo(FIRST_DUE.plusDays(6));
    driver.runJobs(caseNumber);
    assertThat(arrangements.ofCase(caseNumber).get(0).getStatus()).isEqualTo(ArrangementStatus.AGREED);

    moveTo(FIRST_DUE.plusDays(31));
    driver.runJobs(caseNumber);

    assertThat(installments(caseNumber)).containsExactly(InstallmentStatus.MISSED, InstallmentStatus.CANCELLED,
        InstallmentStatus.CANCELLED);
    assertThat(arrangements.ofCase(caseNumber).get(0).getStatus()).isEqualTo(ArrangementStatus.DEFAULTED);
  }

  @Test
  void after_the_node_was_down_across_due_dates_each_installment_is_judged_once_in_order() {
    String caseNumber = onPlan(4, "WEEKLY");
    pay(caseNumber, "308.75");
    pay(caseNumber, "308.75");

    moveTo(FIRST_DUE.plusDays(21 + 6));
    driver.runJobs(caseNumber);
    driver.runJobs(caseNumber);

    assertThat(installments(caseNumber)).containsExactly(InstallmentStatus.PAID, InstallmentStatus.PAID,
        InstallmentStatus.MISSED, InstallmentStatus.MISSED);
    assertThat(history(caseNumber).stream().filter(detail -> detail.startsWith("Installment ")
        && detail.contains(": paid") || detail.contains(": missed")).toList())
        .extracting(detail -> detail.substring(0, 13)).containsExactly("Installment 1", "Installment 2",
            "Installment 3", "Installment 4");
    assertThat(kinds(caseNumber)).containsExactly("validation-notice", "plan-agreement", "installment-reminder",
        "plan-default");
  }

  @Test
  void a_plan_with_a_saved_card_is_charged_each_installment_on_its_due_date_once_and_closes_paid_in_full() {
    String caseNumber = onPlan(3, "MONTHLY");
    // On the portal: the first installment paid now, the card kept for the rest.
    payOnThePortalKeepingTheCard(caseNumber, "411.66");
    // (The other tests' plans share the database: what is asserted is this case's.)
    moveTo(FIRST_DUE);
    charges.chargeDue();
    assertThat(charged(caseNumber)).as("the first is paid already: nothing to charge").isEmpty();

    moveTo(FIRST_DUE.plusMonths(1));
    driver.runJobs(caseNumber);
    charges.chargeDue();
    charges.chargeDue();
    driver.runJobs(caseNumber);
    assertThat(charged(caseNumber)).singleElement().asString()
        .startsWith("Installment 2 of $411.66 due 2026-04-10: $411.66 charged to the card (embedded processor)");
    assertThat(cases.balance(caseNumber)).isEqualByComparingTo("411.68");

    moveTo(FIRST_DUE.plusMonths(2));
    driver.runJobs(caseNumber);
    charges.chargeDue();
    driver.runJobs(caseNumber);
    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);
    assertThat(kinds(caseNumber)).containsExactly("validation-notice", "plan-agreement", "paid-in-full");
    assertThat(charged(caseNumber)).hasSize(2);
  }

  @Test
  void two_nodes_charging_at_once_charge_and_post_an_installment_once() throws Exception {
    String caseNumber = onPlan(3, "MONTHLY");
    payOnThePortalKeepingTheCard(caseNumber, "0.01");
    moveTo(FIRST_DUE);
    var start = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(() -> {
        start.await();
        return charges.chargeDue();
      });
      var second = pool.submit(() -> {
        start.await();
        return charges.chargeDue();
      });
      start.countDown();
      first.get();
      second.get();
    } finally {
      pool.shutdownNow();
    }
    assertThat(charged(caseNumber)).singleElement().asString().contains("$411.65 charged");
    assertThat(cases.balance(caseNumber)).isEqualByComparingTo("823.34");
  }

  @Test
  void no_installment_is_charged_while_a_dispute_stops_collection() {
    String caseNumber = onPlan(3, "MONTHLY");
    payOnThePortalKeepingTheCard(caseNumber, "10.00");
    holds.place(caseNumber, new Holds.NewHold(HoldKind.DISPUTE, today(), DisputeRequest.VERIFICATION,
        "The debtor disputes the fees", "On the portal"), "collector");
    moveTo(FIRST_DUE);

    assertThat(charges.chargeDue()).isZero();
    assertThat(charged(caseNumber)).isEmpty();
    assertThat(cases.balance(caseNumber)).isEqualByComparingTo("1225.00");
  }

  private void payOnThePortalKeepingTheCard(String caseNumber, String amount) {
    processorPayments.pay(new PaymentProcessor.ChargeRequest(caseNumber, "PAGE-" + caseNumber + "-" + (++paymentCount),
        new BigDecimal(amount), java.util.Currency.getInstance("USD"), PaymentProcessor.Method.CARD, null, true,
        "198.51.100.7", "test"), "Card payment on the portal", "debtor (portal)");
  }

  private List<String> charged(String caseNumber) {
    return events(caseNumber, CaseEventKind.INSTALLMENT_CHARGED);
  }

  private String onPlan(int installments, String frequency) {
    String caseNumber = atTheCollector();
    driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"), Map.of("outcome", "PLAN_REQUESTED",
        "planInstallments", installments, "planFrequency", frequency, "planFirstDate", FIRST_DUE.toString()));
    driver.completeAs("collector", driver.task(caseNumber, "Task_ConfirmPlan"), Map.of("debtorAnswer", "ACCEPTED"));
    driver.runJobs(caseNumber);
    return caseNumber;
  }

  private void pay(String caseNumber, String amount) {
    payments.receive(caseNumber, new Payment("MON-" + caseNumber + "-" + (++paymentCount), new BigDecimal(amount),
        today(), "Plan payment"), "admin");
  }

  private int paymentCount;

  private LocalDate nextCheckOf(String caseNumber) {
    Arrangement plan = arrangements.ofCase(caseNumber).get(0);
    return monitoring.nextCheck(plan.getId()).orElseThrow().atZone(EASTERN).toLocalDate();
  }

  private List<InstallmentStatus> installments(String caseNumber) {
    return arrangements.ofCase(caseNumber).get(arrangements.ofCase(caseNumber).size() - 1).getInstallments().stream()
        .map(Installment::getStatus).toList();
  }

  private List<String> statuses(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .map(pi -> pi.getProcessDefinitionId()).toList();
  }

  private List<String> kinds(String caseNumber) {
    return documents.ofCase(caseNumber).stream().map(Document::getKind).toList();
  }

  private List<String> history(String caseNumber) {
    return events(caseNumber, CaseEventKind.INSTALLMENT_JUDGED);
  }

  /** What the case's history says, in order, of one kind of event. */
  private List<String> events(String caseNumber, CaseEventKind kind) {
    return cases.history(cases.require(caseNumber)).stream()
        .filter(event -> event.getKind() == kind).map(CaseEvent::getDetail).toList();
  }
}
