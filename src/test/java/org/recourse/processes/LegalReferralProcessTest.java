package org.recourse.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recourse.casework.internal.CaseLifecycle;
import org.recourse.compliance.Holds;
import org.recourse.legal.internal.litigation.Litigation;

/**
 * Every path of the legal referral: eligibility, the manager's decision, the packet and its delivery, the legal
 * team's answer, and the suit to each of its outcomes, with payments, settlements and hearings arriving while it
 * runs. Services are mocked at the delegate and listener boundary; tasks are completed with the routing facts their
 * listeners set from the forms.
 */
@Deployment(resources = {"processes/legal-referral.bpmn", "processes/collection-hold.bpmn"})
class LegalReferralProcessTest {

  private static final ProcessTestEngine ENGINE = new ProcessTestEngine();
  private static final String CASE = "RC-LEGAL";

  @RegisterExtension
  static ProcessEngineExtension extension = ENGINE.extension();

  private static final TaskListener caseFacts = mock(TaskListener.class);
  private static final TaskListener approval = mock(TaskListener.class);
  private static final TaskListener work = mock(TaskListener.class);
  private static final TaskListener review = mock(TaskListener.class);
  private static final TaskListener suitFiled = mock(TaskListener.class);
  private static final TaskListener courtOutcome = mock(TaskListener.class);
  private static final TaskListener enforcement = mock(TaskListener.class);
  private static final JavaDelegate checkEligibility = mock(JavaDelegate.class);
  private static final JavaDelegate generatePacket = mock(JavaDelegate.class);
  private static final JavaDelegate deliver = mock(JavaDelegate.class);
  private static final JavaDelegate applyPayment = mock(JavaDelegate.class);
  private static final JavaDelegate checkSettlement = mock(JavaDelegate.class);
  private static final JavaDelegate remindHearing = mock(JavaDelegate.class);
  private static final JavaDelegate conclude = mock(JavaDelegate.class);
  private static final Litigation litigation = mock(Litigation.class);
  private static final Holds holds = mock(Holds.class);
  private static final CaseLifecycle lifecycle = mock(CaseLifecycle.class);

  /** What the next eligibility checks find. */
  private final Deque<Boolean> eligible = new ArrayDeque<>();
  /** What the next payments do: null leaves the suit going, an outcome ends it. */
  private final Deque<String> payments = new ArrayDeque<>();
  /** The hearing the court outcome's listener schedules next, as Litigation.scheduleHearing tells the process. */
  private final Deque<Long> hearingsToSchedule = new ArrayDeque<>();
  private final Date settlementDue = Date.from(Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

  @BeforeAll
  static void beans() {
    ENGINE.bean("caseFactsListener", caseFacts).bean("referralApprovalListener", approval)
        .bean("referralWorkListener", work).bean("legalReviewListener", review)
        .bean("suitFiledListener", suitFiled).bean("courtOutcomeListener", courtOutcome)
        .bean("enforcementListener", enforcement).bean("checkEligibilityDelegate", checkEligibility)
        .bean("generateCourtPacketDelegate", generatePacket).bean("deliverReferralDelegate", deliver)
        .bean("applyLitigationPaymentDelegate", applyPayment).bean("checkSettlementDelegate", checkSettlement)
        .bean("remindHearingDelegate", remindHearing).bean("concludeLitigationDelegate", conclude)
        .bean("litigation", litigation).bean("holds", holds).bean("caseLifecycle", lifecycle);
  }

  @BeforeEach
  void stubs() throws Exception {
    ENGINE.initAssertions();
    reset(caseFacts, approval, work, review, suitFiled, courtOutcome, enforcement, checkEligibility, generatePacket,
        deliver, applyPayment, checkSettlement, remindHearing, conclude, litigation, holds, lifecycle);
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("eligible", eligible.pop());
      return null;
    }).when(checkEligibility).execute(any(DelegateExecution.class));
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      String outcome = payments.pop();
      execution.setVariable("litigationSatisfied", !outcome.isEmpty());
      if (!outcome.isEmpty()) {
        execution.setVariable("legalOutcome", outcome);
      }
      return null;
    }).when(applyPayment).execute(any(DelegateExecution.class));
    // As Litigation.scheduleHearing: a hearing set in the court's task tells the suit's process, from inside the task.
    doAnswer(invocation -> {
      DelegateTask task = invocation.getArgument(0);
      if ("HEARING_SET".equals(task.getVariable("courtOutcome")) && !hearingsToSchedule.isEmpty()) {
        runtimeService().createMessageCorrelation("HearingScheduled").processInstanceId(task.getProcessInstanceId())
            .setVariableLocal("hearingId", hearingsToSchedule.pop()).correlateWithResult();
      }
      return null;
    }).when(courtOutcome).notify(any(DelegateTask.class));
    when(litigation.settlementDueAt(CASE)).thenReturn(settlementDue);
    when(holds.pausesCollection(CASE)).thenReturn(false);
  }

  @Test
  void an_eligible_referral_is_approved_packed_delivered_and_litigated_to_a_judgment_satisfied_by_garnishment()
      throws Exception {
    ProcessInstance pi = approvedAndDelivered();

    assertThat(pi).isWaitingAt("Task_ReviewReferral");
    assertThat(task(pi)).hasCandidateGroup("legal");
    complete(task(pi), withVariables("referralAccepted", true));
    verify(lifecycle).enter(any(DelegateExecution.class), eq("LITIGATION"));
    assertThat(pi).hasPassed("CallActivity_HoldBeforeSuit").isWaitingAt("Task_FileSuit");
    assertThat(task(pi)).hasCandidateGroup("legal");
    complete(task(pi));

    assertThat(pi).isWaitingAt("Task_RecordCourtOutcome");
    complete(task(pi), withVariables("courtOutcome", "JUDGMENT", "judgmentEntered", true));
    assertThat(pi).hasPassed("CallActivity_HoldBeforeEnforcement").isWaitingAt("Task_EnforceJudgment");
    complete(task(pi), withVariables("enforcementStep", "ENFORCEMENT"));
    assertThat(pi).isWaitingAt("Task_EnforceJudgment");

    // Garnishment payments: the first leaves a balance, the second satisfies the judgment.
    payments.add("");
    payments.add("JUDGMENT_SATISFIED");
    paymentReceived();
    execute(onlyJob(pi, "Task_ApplyPayment"));
    assertThat(pi).hasPassed("EndEvent_PaymentApplied").isWaitingAt("Task_EnforceJudgment");
    paymentReceived();
    execute(onlyJob(pi, "Task_ApplyPayment"));

    assertThat(pi).hasPassed("EndEvent_LitigationSatisfied", "Boundary_LitigationConcluded")
        .isWaitingAt("Task_ConcludeLitigation");
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    execute(onlyJob(pi, "Task_ConcludeLitigation"));
    assertThat(pi).isEnded().hasPassed("EndEvent_LitigationConcluded").variables()
        .containsEntry("legalOutcome", "JUDGMENT_SATISFIED");
    verify(conclude).execute(any());
    verify(generatePacket, times(1)).execute(any());
    verify(deliver, times(1)).execute(any());
  }

  @Test
  void an_ineligible_case_goes_back_to_collections_without_a_manager() throws Exception {
    eligible.add(false);
    ProcessInstance pi = start();
    execute(onlyJob(pi, "Task_CheckEligibility"));

    assertThat(pi).isEnded().hasPassed("EndEvent_Ineligible").hasNotPassed("Task_ApproveReferral")
        .variables().containsEntry("legalOutcome", "RETURNED");
  }

  @Test
  void a_rejected_referral_goes_back_to_collections() throws Exception {
    ProcessInstance pi = awaitingApproval();
    assertThat(task(pi)).hasCandidateGroup("managers");

    complete(task(pi), withVariables("referralDecision", "REJECTED"));

    assertThat(pi).isEnded().hasPassed("EndEvent_ReferralRejected").hasNotPassed("Task_GenerateCourtPacket")
        .variables().containsEntry("legalOutcome", "RETURNED");
  }

  @Test
  void a_referral_sent_back_is_prepared_by_a_collector_checked_again_and_decided_again() throws Exception {
    ProcessInstance pi = awaitingApproval();
    complete(task(pi), withVariables("referralDecision", "SENT_BACK"));

    assertThat(pi).isWaitingAt("Task_CompleteReferralWork");
    assertThat(task(pi)).hasCandidateGroup("collectors");
    complete(task(pi));
    eligible.add(true);
    execute(onlyJob(pi, "Task_CheckEligibility"));

    assertThat(pi).isWaitingAt("Task_ApproveReferral");
    verify(checkEligibility, times(2)).execute(any());
    complete(task(pi), withVariables("referralDecision", "APPROVED"));
    assertThat(pi).isWaitingAt("Task_GenerateCourtPacket");
  }

  @Test
  void a_referral_the_legal_team_returns_goes_back_to_collections() throws Exception {
    ProcessInstance pi = approvedAndDelivered();

    complete(task(pi), withVariables("referralAccepted", false));

    assertThat(pi).isEnded().hasPassed("EndEvent_ReferralReturned").hasNotPassed("SubProcess_Litigation")
        .variables().containsEntry("legalOutcome", "RETURNED");
    verify(lifecycle, never()).enter(any(), anyString());
  }

  @Test
  void a_settlement_during_the_suit_paid_in_time_ends_it_as_settled() throws Exception {
    ProcessInstance pi = suitFiled();
    complete(task(pi), withVariables("courtOutcome", "SETTLED"));

    assertThat(pi).isWaitingAt("Timer_SettlementDue");
    assertThat(onlyJob(pi, "Timer_SettlementDue").getDuedate()).isEqualTo(settlementDue);
    payments.add("SETTLED");
    paymentReceived();
    execute(onlyJob(pi, "Task_ApplyPayment"));

    assertThat(pi).isWaitingAt("Task_ConcludeLitigation").hasNotPassed("Task_CheckSettlement");
    execute(onlyJob(pi, "Task_ConcludeLitigation"));
    assertThat(pi).isEnded().variables().containsEntry("legalOutcome", "SETTLED");
    assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void a_settlement_found_paid_on_its_day_ends_the_suit_as_settled() throws Exception {
    ProcessInstance pi = suitFiled();
    complete(task(pi), withVariables("courtOutcome", "SETTLED"));
    settlementPaid(true);

    execute(onlyJob(pi, "Timer_SettlementDue"));
    execute(onlyJob(pi, "Task_CheckSettlement"));

    assertThat(pi).hasPassed("EndEvent_SettlementKept").isWaitingAt("Task_ConcludeLitigation");
    execute(onlyJob(pi, "Task_ConcludeLitigation"));
    assertThat(pi).isEnded().variables().containsEntry("legalOutcome", "SETTLED");
  }

  @Test
  void a_lapsed_settlement_before_judgment_returns_the_suit_to_the_court() throws Exception {
    ProcessInstance pi = suitFiled();
    complete(task(pi), withVariables("courtOutcome", "SETTLED"));
    settlementPaid(false);

    execute(onlyJob(pi, "Timer_SettlementDue"));
    execute(onlyJob(pi, "Task_CheckSettlement"));

    assertThat(pi).hasPassed("Gateway_JudgmentEntered").isWaitingAt("Task_RecordCourtOutcome");
  }

  @Test
  void a_lapsed_settlement_after_judgment_returns_the_suit_to_enforcement() throws Exception {
    ProcessInstance pi = suitFiled();
    complete(task(pi), withVariables("courtOutcome", "JUDGMENT", "judgmentEntered", true));
    complete(task(pi), withVariables("enforcementStep", "SETTLED"));
    settlementPaid(false);

    execute(onlyJob(pi, "Timer_SettlementDue"));
    execute(onlyJob(pi, "Task_CheckSettlement"));

    assertThat(pi).isWaitingAt("Task_EnforceJudgment");
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_EnforceJudgment").count())
        .isEqualTo(1);
  }

  @Test
  void a_dismissed_suit_ends_as_dismissed_and_takes_its_hearing_reminders_with_it() throws Exception {
    ProcessInstance pi = suitFiled();
    hearingsToSchedule.add(71L);
    when(litigation.hearingReminderAt(71L)).thenReturn(Date.from(Instant.now().plus(9, ChronoUnit.DAYS)));
    complete(task(pi), withVariables("courtOutcome", "HEARING_SET"));
    assertThat(pi).isWaitingAt("Timer_HearingReminder", "Task_RecordCourtOutcome");

    complete(task(pi), withVariables("courtOutcome", "DISMISSED"));

    assertThat(pi).hasPassed("EndEvent_Dismissed").isWaitingAt("Task_ConcludeLitigation");
    assertThat(jobQuery().processInstanceId(pi.getId()).activityId("Timer_HearingReminder").count()).isZero();
    execute(onlyJob(pi, "Task_ConcludeLitigation"));
    assertThat(pi).isEnded().variables().containsEntry("legalOutcome", "DISMISSED");
    verify(remindHearing, never()).execute(any());
  }

  @Test
  void a_judgment_nothing_can_be_recovered_on_ends_as_uncollectable() throws Exception {
    ProcessInstance pi = suitFiled();
    complete(task(pi), withVariables("courtOutcome", "JUDGMENT", "judgmentEntered", true));

    complete(task(pi), withVariables("enforcementStep", "UNCOLLECTABLE"));

    assertThat(pi).hasPassed("EndEvent_Uncollectable").isWaitingAt("Task_ConcludeLitigation");
    execute(onlyJob(pi, "Task_ConcludeLitigation"));
    assertThat(pi).isEnded().variables().containsEntry("legalOutcome", "UNCOLLECTABLE");
  }

  @Test
  void each_hearing_set_reminds_the_legal_team_days_before_it_while_the_suit_waits_for_the_court() throws Exception {
    ProcessInstance pi = suitFiled();
    Date first = Date.from(Instant.now().plus(11, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    Date second = Date.from(Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    when(litigation.hearingReminderAt(71L)).thenReturn(first);
    when(litigation.hearingReminderAt(72L)).thenReturn(second);
    hearingsToSchedule.add(71L);
    hearingsToSchedule.add(72L);

    complete(task(pi), withVariables("courtOutcome", "HEARING_SET"));
    complete(task(pi), withVariables("courtOutcome", "HEARING_SET"));

    List<Job> timers = jobQuery().processInstanceId(pi.getId()).activityId("Timer_HearingReminder")
        .orderByJobDuedate().asc().list();
    assertThat(timers).extracting(Job::getDuedate).containsExactly(first, second);
    assertThat(pi).isWaitingAt("Task_RecordCourtOutcome");
    List<Long> reminded = new java.util.ArrayList<>();
    doAnswer(invocation -> {
      reminded.add((Long) invocation.<DelegateExecution>getArgument(0).getVariable("hearingId"));
      return null;
    }).when(remindHearing).execute(any(DelegateExecution.class));

    execute(timers.get(0));
    execute(onlyJob(pi, "Task_RemindHearing"));

    assertThat(reminded).containsExactly(71L);
    assertThat(pi).hasPassed("EndEvent_HearingReminded").isWaitingAt("Timer_HearingReminder", "Task_RecordCourtOutcome");
    execute(timers.get(1));
    execute(onlyJob(pi, "Task_RemindHearing"));
    assertThat(reminded).containsExactly(71L, 72L);
    assertThat(pi).isWaitingAt("Task_RecordCourtOutcome");
  }

  @Test
  void the_balance_paid_before_judgment_ends_the_suit_as_paid_in_full() throws Exception {
    ProcessInstance pi = suitFiled();
    payments.add("PAID_IN_FULL");

    paymentReceived();
    execute(onlyJob(pi, "Task_ApplyPayment"));
    execute(onlyJob(pi, "Task_ConcludeLitigation"));

    assertThat(pi).isEnded().variables().containsEntry("legalOutcome", "PAID_IN_FULL");
  }

  @Test
  void payments_before_the_legal_team_accepted_do_not_reach_the_referral() throws Exception {
    ProcessInstance pi = awaitingApproval();

    paymentReceived();

    assertThat(pi).isWaitingAt("Task_ApproveReferral");
    verify(applyPayment, never()).execute(any());
  }

  @Test
  void no_suit_is_filed_while_a_hold_stops_collection() throws Exception {
    ProcessInstance pi = approvedAndDelivered();
    when(holds.pausesCollection(CASE)).thenReturn(true);

    complete(task(pi), withVariables("referralAccepted", true));

    assertThat(pi).isWaitingAt("CallActivity_HoldBeforeSuit");
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    when(holds.pausesCollection(CASE)).thenReturn(false);
    runtimeService().createMessageCorrelation("HoldLifted").processInstanceBusinessKey(CASE).correlateAll();
    assertThat(pi).isWaitingAt("Task_FileSuit");
  }

  // ---------------------------------------------------------------------------------------------------------------

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("legal-referral", CASE, Map.of("priority", 50));
  }

  private ProcessInstance awaitingApproval() throws Exception {
    eligible.add(true);
    ProcessInstance pi = start();
    execute(onlyJob(pi, "Task_CheckEligibility"));
    assertThat(pi).isWaitingAt("Task_ApproveReferral");
    return pi;
  }

  private ProcessInstance approvedAndDelivered() throws Exception {
    ProcessInstance pi = awaitingApproval();
    complete(task(pi), withVariables("referralDecision", "APPROVED"));
    execute(onlyJob(pi, "Task_GenerateCourtPacket"));
    execute(onlyJob(pi, "Task_DeliverToLegal"));
    return pi;
  }

  private ProcessInstance suitFiled() throws Exception {
    ProcessInstance pi = approvedAndDelivered();
    complete(task(pi), withVariables("referralAccepted", true));
    complete(task(pi));
    assertThat(pi).isWaitingAt("Task_RecordCourtOutcome");
    return pi;
  }

  private void settlementPaid(boolean paid) throws Exception {
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("settlementPaid", paid);
      return null;
    }).when(checkSettlement).execute(any(DelegateExecution.class));
  }

  /** As CaseMessages when a payment is posted for a case in litigation: to every process of the case. */
  private static void paymentReceived() {
    runtimeService().createMessageCorrelation("PaymentReceived").processInstanceBusinessKey(CASE).correlateAll();
  }

  private static Job onlyJob(ProcessInstance pi, String activityId) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }
}
