package org.recourse.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CloseReason;
import org.recourse.payment.internal.Refund;
import org.recourse.payment.internal.RefundStatus;
import org.recourse.payment.internal.ReversalReason;
import org.recourse.support.CaseDriver;
import org.recourse.support.EngineTest;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Money coming back: a refund of a credit balance put before the managers in Tasklist, and payments reversed after
 * they closed a case (it reopens; a settlement's write-off is owed again) or while a plan is watched.
 */
class RefundsAndReversalsTest extends EngineTest {

  @Autowired
  Payments payments;
  @Autowired
  Refunds refunds;
  @Autowired
  Ledger ledger;

  @Test
  void a_refund_of_an_overpayment_waits_in_the_managers_tasklist_for_someone_other_than_who_asked() {
    String caseNumber = atTheCollector();
    pay(caseNumber, "OVER-" + caseNumber, "1285.00");
    driver.runJobs(caseNumber);
    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);
    Refund refund = refunds.request(caseNumber, new BigDecimal("50.00"), "Paid $50 too much by card", "manager");

    var approval = driver.task(caseNumber, "Task_ApproveRefund");
    assertThat(tasks.getIdentityLinksForTask(approval.getId())).anyMatch(link -> "managers".equals(link.getGroupId()));
    assertThatThrownBy(() -> driver.completeAs("manager", approval, Map.of("refundDecision", "APPROVE")))
        .hasMessageContaining("another manager must decide");
    assertThatThrownBy(() -> driver.completeAs("manager2", approval, Map.of("refundDecision", "REJECT")))
        .hasMessageContaining("Say why");
    driver.completeAs("manager2", approval, Map.of("refundDecision", "APPROVE", "note", "Card statement checked"));
    driver.runJobs(caseNumber);

    assertThat(refunds.get(refund.getId()).getStatus()).isEqualTo(RefundStatus.APPROVED);
    assertThat(refunds.get(refund.getId()).getDecidedBy()).isEqualTo("manager2");
    assertThat(ledger.balance(cases.require(caseNumber).getAccountId())).isEqualByComparingTo("0.00");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void a_refund_decided_over_the_api_leaves_no_task_behind() {
    String caseNumber = atTheCollector();
    pay(caseNumber, "OVER-" + caseNumber, "1300.00");
    driver.runJobs(caseNumber);
    Refund refund = refunds.request(caseNumber, new BigDecimal("65.00"), "Overpaid", "collector");
    assertThat(driver.task(caseNumber, "Task_ApproveRefund")).isNotNull();

    refunds.decide(refund.getId(), false, "The debtor asked to keep it as credit", "manager");

    assertThat(driver.query(caseNumber).taskDefinitionKey("Task_ApproveRefund").count()).isZero();
    assertThat(refunds.get(refund.getId()).getStatus()).isEqualTo(RefundStatus.REJECTED);
  }

  @Test
  void a_payment_reversed_after_it_paid_off_a_plan_reopens_the_case_at_the_collector() {
    String caseNumber = atTheCollector();
    onPlan(caseNumber, 2);
    pay(caseNumber, "PLAN-1-" + caseNumber, "617.50");
    driver.runJobs(caseNumber);
    pay(caseNumber, "PLAN-2-" + caseNumber, "617.50");
    driver.runJobs(caseNumber);
    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);

    payments.reverse("PLAN-2-" + caseNumber, ReversalReason.RETURNED, "Insufficient funds", null, "admin");
    driver.runJobs(caseNumber);

    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.IN_COLLECTION);
    assertThat(cases.balance(caseNumber)).isEqualByComparingTo("617.50");
    assertThat(driver.task(caseNumber, "Task_WorkAccount")).isNotNull();
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getKind)
        .contains(CaseEventKind.PAYMENT_REVERSED, CaseEventKind.REOPENED);
  }

  @Test
  void a_payment_reversed_after_it_satisfied_a_settlement_makes_the_write_off_owed_again() {
    String caseNumber = atTheCollector();
    // 10 % off is within a collector's authority: agreed at once.
    driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"), Map.of("outcome",
        "SETTLEMENT_REQUESTED", "settlementAmount", 1111.50, "settlementDate", "2026-03-10"));
    driver.runJobs(caseNumber);
    pay(caseNumber, "SETTLE-" + caseNumber, "1111.50");
    driver.runJobs(caseNumber);
    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.SETTLED);
    assertThat(cases.balance(caseNumber)).isEqualByComparingTo("0.00");

    payments.reverse("SETTLE-" + caseNumber, ReversalReason.CHARGEBACK, "Card dispute", null, "admin");
    driver.runJobs(caseNumber);

    assertThat(cases.balance(caseNumber)).isEqualByComparingTo("1235.00");
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.IN_COLLECTION);
  }

  @Test
  void a_payment_reversed_while_a_plan_is_watched_puts_its_installment_back_in_arrears() {
    String caseNumber = atTheCollector();
    onPlan(caseNumber, 3);
    pay(caseNumber, "PLAN-1-" + caseNumber, "411.66");
    moveTo(LocalDate.of(2026, 3, 16));
    driver.runJobs(caseNumber);

    payments.reverse("PLAN-1-" + caseNumber, ReversalReason.RETURNED, "Account closed", null, "admin");
    driver.runJobs(caseNumber);

    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getDetail)
        .anyMatch(detail -> detail.startsWith("Installment 1") && detail.contains("in arrears again (missed)"));
    assertThat(driver.activities(caseNumber)).contains("Gateway_AwaitInstallment");
  }

  private void onPlan(String caseNumber, int installments) {
    driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"), Map.of("outcome", "PLAN_REQUESTED",
        "planInstallments", installments, "planFrequency", "MONTHLY", "planFirstDate", "2026-03-10"));
    driver.completeAs("collector", driver.task(caseNumber, "Task_ConfirmPlan"), Map.of("debtorAnswer", "ACCEPTED"));
    driver.runJobs(caseNumber);
  }

  private void pay(String caseNumber, String reference, String amount) {
    payments.receive(caseNumber, new Payment(reference, new BigDecimal(amount),
        today(), "Test payment"), "admin");
  }
}
