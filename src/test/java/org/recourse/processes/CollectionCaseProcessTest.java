package org.recourse.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.recourse.casework.internal.CaseLifecycle;
import org.recourse.casework.CaseworkSettings;
import org.recourse.compliance.Holds;
import org.recourse.compliance.LimitationPeriods;
import org.recourse.platform.internal.TransientValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the collection-case spine. The called processes are stand-ins completed by the test, and tasks are
 * completed with the routing facts their (mocked) listeners set from the forms.
 */
@Deployment(resources = {"processes/collection-case.bpmn", "processes/collection-strategy.dmn",
    "processes/collection-hold.bpmn"})
class CollectionCaseProcessTest {

  private static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineExtension extension = ENGINE.extension();

  private static final JavaDelegate sendLetter = mock(JavaDelegate.class);
  private static final JavaDelegate closeCase = mock(JavaDelegate.class);
  private static final CaseLifecycle lifecycle = mock(CaseLifecycle.class);
  private static final TaskListener caseFacts = mock(TaskListener.class);
  private static final TaskListener workAccount = mock(TaskListener.class);
  private static final TaskListener traceResult = mock(TaskListener.class);
  private static final CaseworkSettings settings = new CaseworkSettings();
  private static final Holds holds = mock(Holds.class);
  private static final LimitationPeriods limitations = mock(LimitationPeriods.class);
  private static final JavaDelegate liftHold = mock(JavaDelegate.class);
  private static final JavaDelegate answerDispute = mock(JavaDelegate.class);
  private static final TaskListener disputeReview = mock(TaskListener.class);
  private static final TaskListener bankruptcyOutcome = mock(TaskListener.class);
  private static final TaskListener estateRepresentative = mock(TaskListener.class);
  private static final TaskListener militaryStatus = mock(TaskListener.class);

  @BeforeAll
  static void deployStandIns() {
    ENGINE.bean("sendLetterDelegate", sendLetter)
        .bean("closeCaseDelegate", closeCase)
        .bean("caseLifecycle", lifecycle)
        .bean("caseFactsListener", caseFacts)
        .bean("workAccountListener", workAccount)
        .bean("traceResultListener", traceResult)
        .bean("caseworkSettings", settings)
        .bean("holds", holds)
        .bean("limitationPeriods", limitations)
        .bean("liftHoldDelegate", liftHold)
        .bean("answerDisputeDelegate", answerDispute)
        .bean("disputeReviewListener", disputeReview)
        .bean("bankruptcyOutcomeListener", bankruptcyOutcome)
        .bean("estateRepresentativeListener", estateRepresentative)
        .bean("militaryStatusListener", militaryStatus)
        .bean("transientValues", new TransientValues());
    ENGINE.deployCalledProcessStandIn("negotiation");
    ENGINE.deployCalledProcessStandIn("plan-monitoring");
    ENGINE.deployCalledProcessStandIn("legal-referral");
  }

  @BeforeEach
  void resetMocks() throws Exception {
    ENGINE.initAssertions();
    reset(sendLetter, closeCase, lifecycle, caseFacts, workAccount, traceResult, holds,
        limitations, liftHold, answerDispute, disputeReview, bankruptcyOutcome, estateRepresentative,
        militaryStatus);
    attemptsExhausted(false);
    lastCloseReason = null;
    validationPeriodOver = java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(40)));
    // As the letter service: the validation notice opens the validation period.
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      if ("VALIDATION_NOTICE".equals(execution.getVariable("notice"))) {
        execution.setVariable("validationPeriodOver", validationPeriodOver);
      }
      if ("FINAL_DEMAND".equals(execution.getVariable("notice"))) {
        execution.setVariable("finalDemandPeriodOver", FINAL_DEMAND_PERIOD_OVER);
      }
      return null;
    }).when(sendLetter).execute(any(DelegateExecution.class));
    doAnswer(invocation -> {
      lastCloseReason = (String) invocation.<DelegateExecution>getArgument(0).getVariable("closeReason");
      return null;
    }).when(closeCase).execute(any(DelegateExecution.class));
  }

  private static String lastCloseReason;
  private static java.util.Date validationPeriodOver;
  private static final java.util.Date FINAL_DEMAND_PERIOD_OVER = java.util.Date.from(java.time.Instant.now()
      .plus(Duration.ofDays(33)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

  @Test
  void a_placement_that_sent_the_validation_notice_offers_the_account_to_collectors_at_once() {
    ProcessInstanceWithVariables pi = runtimeService().createProcessInstanceByKey("collection-case")
        .businessKey("RC-TEST-" + (++sequence))
        .setVariables(inputs(12_500.00, 100, true).putValue("validationPeriodOver", validationPeriodOver))
        .executeWithVariablesInReturn();

    assertThat(pi.getVariables()).containsEntry("segment", "HIGH_BALANCE");
    assertThat(pi).hasPassed("Task_DetermineStrategy", "Gateway_NoticeSent")
        .hasNotPassed("Task_SendValidationNotice").isWaitingAt("Task_WorkAccount")
        .variables().containsEntry("priority", 80).containsEntry("validationPeriodOver", validationPeriodOver);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(task()).hasCandidateGroup("collectors").hasDefinitionKey("Task_WorkAccount");
    verifyNoInteractions(sendLetter);
    verify(lifecycle).enter(any(DelegateExecution.class), eq("IN_COLLECTION"));
    verify(caseFacts).notify(any(DelegateTask.class));
  }

  @Test
  void a_case_whose_notice_did_not_go_with_the_placement_sends_it_in_a_step_of_its_own() {
    ProcessInstanceWithVariables pi = runtimeService().createProcessInstanceByKey("collection-case")
        .businessKey("RC-TEST-" + (++sequence)).setVariables(inputs(12_500.00, 100, true))
        .executeWithVariablesInReturn();

    // The segment goes to the case (the placement reads it from the start); the engine keeps priority and queue.
    assertThat(pi.getVariables()).containsEntry("segment", "HIGH_BALANCE");
    assertThat(pi).isWaitingAt("Task_SendValidationNotice").variables()
        .containsEntry("priority", 80).containsEntry("queue", "high-balance")
        .doesNotContainKeys("segment", "balance", "daysDelinquent", "hasPhone", "hasEmail");
    execute(job());

    assertThat(pi).hasPassed("Task_DetermineStrategy", "Task_SendValidationNotice").isWaitingAt("Task_WorkAccount");
    assertThat(task()).hasCandidateGroup("collectors").hasDefinitionKey("Task_WorkAccount");
    assertThat(task().getPriority()).isEqualTo(80);
    assertThat(task().getDueDate()).isNotNull();
    verify(lifecycle).enter(any(DelegateExecution.class), eq("IN_COLLECTION"));
    verify(caseFacts).notify(any(DelegateTask.class));
  }

  @Test
  void paid_in_full_closes_the_case() throws Exception {
    ProcessInstance pi = atWorkAccount();

    complete(task(), withVariables("contactOutcome", "PAID_IN_FULL"));
    assertThat(pi).isWaitingAt("Task_ClosePaidByCollector");
    execute(job());

    assertThat(pi).isEnded().hasPassed("EndEvent_PaidByCollector");
    verify(closeCase).execute(any());
    assertThat(closeReasonOfLastClose()).isEqualTo("PAID_IN_FULL");
  }

  @Test
  void an_agreed_arrangement_is_monitored_and_closes_the_case_when_completed() {
    ProcessInstance pi = atWorkAccount();

    complete(task(), withVariables("contactOutcome", "PLAN_REQUESTED"));
    assertThat(pi).isWaitingAt("CallActivity_Negotiation");
    verify(lifecycle).enter(any(DelegateExecution.class), eq("NEGOTIATING"));
    completeCalled("negotiation", Map.of("negotiationOutcome", "AGREED"));

    assertThat(pi).isWaitingAt("CallActivity_PlanMonitoring");
    completeCalled("plan-monitoring", Map.of("monitoringOutcome", "COMPLETED", "closeReason", "SETTLED"));

    assertThat(pi).isWaitingAt("Task_CloseResolved");
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_Resolved");
    assertThat(closeReasonOfLastClose()).isEqualTo("SETTLED");
  }

  @Test
  void the_call_activities_receive_the_case_number_as_business_key() {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "PROMISE_TO_PAY"));

    ProcessInstance negotiation = runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult();
    assertThat(negotiation.getBusinessKey()).isEqualTo(pi.getBusinessKey());
    assertThat(negotiation).variables().containsEntry("contactOutcome", "PROMISE_TO_PAY");
  }

  @Test
  void a_rejected_negotiation_returns_the_case_to_the_collector() {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "SETTLEMENT_REQUESTED"));

    completeCalled("negotiation", Map.of("negotiationOutcome", "REJECTED"));

    assertThat(pi).isWaitingAt("Task_WorkAccount").hasPassed("Gateway_NegotiationOutcome");
  }

  @Test
  void a_kept_or_broken_promise_returns_the_case_to_the_collector() {
    for (String outcome : new String[] {"KEPT", "BROKEN"}) {
      ProcessInstance pi = atWorkAccount();
      complete(task(), withVariables("contactOutcome", "PROMISE_TO_PAY"));
      completeCalled("negotiation", Map.of("negotiationOutcome", "AGREED"));

      completeCalled("plan-monitoring", Map.of("monitoringOutcome", outcome));

      assertThat(pi).isWaitingAt("Task_WorkAccount");
      runtimeService().deleteProcessInstance(pi.getId(), "next outcome");
    }
  }

  @Test
  void a_defaulted_plan_leads_to_the_final_demand_its_waiting_period_and_legal_referral() throws Exception {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "PLAN_REQUESTED"));
    completeCalled("negotiation", Map.of("negotiationOutcome", "AGREED"));

    completeCalled("plan-monitoring", Map.of("monitoringOutcome", "DEFAULTED", "renegotiationAllowed", false));

    assertThat(pi).hasPassed("Gateway_Renegotiate").isWaitingAt("Timer_ValidationPeriodOver");
    execute(job());
    assertThat(pi).hasPassed("CallActivity_HoldBeforeDemand").isWaitingAt("Task_SendFinalDemand");
    execute(job());
    verify(sendLetter, times(2)).execute(any(DelegateExecution.class));
    verify(lifecycle).enter(any(DelegateExecution.class), eq("FINAL_DEMAND"));
    assertThat(pi).isWaitingAt("Timer_FinalDemandPeriodOver");
    assertThat(job().getDuedate()).as("the day after the demand's pay-by date").isEqualTo(FINAL_DEMAND_PERIOD_OVER);
    execute(job());

    assertThat(pi).hasPassed("CallActivity_HoldBeforeReferral", "Gateway_TimeBarredBeforeReferral")
        .isWaitingAt("CallActivity_LegalReferral");
    completeCalled("legal-referral", Map.of("legalOutcome", "JUDGMENT_SATISFIED"));

    assertThat(pi).isWaitingAt("Task_CloseAfterLegal");
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_LegalConcluded");
    assertThat(closeReasonOfLastClose()).isEqualTo("LEGAL_JUDGMENT_SATISFIED");
  }

  @Test
  void a_first_default_goes_back_to_the_collector_to_arrange_again() {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "PLAN_REQUESTED"));
    completeCalled("negotiation", Map.of("negotiationOutcome", "AGREED"));

    completeCalled("plan-monitoring", Map.of("monitoringOutcome", "DEFAULTED", "renegotiationAllowed", true));

    assertThat(pi).hasPassed("Gateway_Renegotiate").isWaitingAt("Task_WorkAccount")
        .hasNotPassed("Timer_ValidationPeriodOver");
  }

  @Test
  void a_partly_kept_promise_goes_back_to_the_collector() {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "PROMISE_TO_PAY"));
    completeCalled("negotiation", Map.of("negotiationOutcome", "AGREED"));

    completeCalled("plan-monitoring", Map.of("monitoringOutcome", "PARTIAL"));

    assertThat(pi).isWaitingAt("Task_WorkAccount");
  }

  @Test
  void a_refusal_goes_to_the_final_demand() {
    ProcessInstance pi = atWorkAccount();

    complete(task(), withVariables("contactOutcome", "REFUSES"));

    assertThat(pi).isWaitingAt("Timer_ValidationPeriodOver").hasPassed("Gateway_ToFinalDemand");
  }

  @Test
  void no_demand_goes_out_before_the_day_after_the_validation_period() {
    ProcessInstance pi = atWorkAccount();

    complete(task(), withVariables("contactOutcome", "REFUSES"));

    assertThat(pi).isWaitingAt("Timer_ValidationPeriodOver");
    assertThat(job().getDuedate()).isEqualTo(validationPeriodOver);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count())
        .as("the timer is not due yet").isZero();
    execute(job());
    assertThat(pi).isWaitingAt("Task_SendFinalDemand");
  }

  @Test
  void a_validation_period_already_over_lets_the_demand_go_at_once() {
    validationPeriodOver = java.util.Date.from(java.time.Instant.now().minus(Duration.ofDays(1)));
    ProcessInstance pi = atWorkAccount();

    complete(task(), withVariables("contactOutcome", "REFUSES"));

    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count())
        .as("the timer is due at once").isOne();
    execute(job());
    assertThat(pi).isWaitingAt("Task_SendFinalDemand");
  }

  @Test
  void a_case_returned_by_legal_goes_back_to_the_collector() {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "REFUSES"));
    execute(job());
    execute(job());
    execute(job());

    completeCalled("legal-referral", Map.of("legalOutcome", "RETURNED"));

    assertThat(pi).isWaitingAt("Task_WorkAccount").hasPassed("Gateway_LegalOutcome");
  }

  @Test
  void no_contact_waits_and_tries_again() {
    ProcessInstance pi = atWorkAccount();

    complete(task(), withVariables("contactOutcome", "NO_CONTACT"));

    assertThat(pi).isWaitingAt("Timer_NextContactAttempt");
    assertThat(job().getDuedate()).isCloseTo(java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(2))),
        60_000);
    execute(job());
    assertThat(pi).isWaitingAt("Task_WorkAccount");
  }

  @Test
  void repeated_no_contact_sends_the_case_to_tracing_and_an_unlocated_debtor_closes_it_as_uncollectable() {
    ProcessInstance pi = atWorkAccount();
    attemptsExhausted(true);

    complete(task(), withVariables("contactOutcome", "NO_CONTACT"));

    assertThat(pi).isWaitingAt("Task_TraceDebtor");
    assertThat(task()).hasCandidateGroup("collectors");
    verify(lifecycle).enter(any(DelegateExecution.class), eq("TRACING"));
    complete(task(), withVariables("debtorLocated", false));

    assertThat(pi).isWaitingAt("Task_CloseUncollectable");
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_Uncollectable");
    assertThat(closeReasonOfLastClose()).isEqualTo("UNCOLLECTABLE");
  }

  @Test
  void a_wrong_party_is_traced_and_a_located_debtor_goes_back_to_the_collector() {
    ProcessInstance pi = atWorkAccount();

    complete(task(), withVariables("contactOutcome", "WRONG_PARTY"));
    assertThat(pi).isWaitingAt("Task_TraceDebtor");
    verify(traceResult, org.mockito.Mockito.never()).notify(any());
    complete(task(), withVariables("debtorLocated", true));

    assertThat(pi).isWaitingAt("Task_WorkAccount").hasPassed("Gateway_DebtorLocated");
    verify(traceResult).notify(any());
  }

  @Test
  void paid_in_full_at_any_time_interrupts_everything_and_closes_the_case() {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "PLAN_REQUESTED"));
    completeCalled("negotiation", Map.of("negotiationOutcome", "AGREED"));
    assertThat(pi).isWaitingAt("CallActivity_PlanMonitoring");

    runtimeService().createMessageCorrelation("PaidInFull").processInstanceBusinessKey(pi.getBusinessKey())
        .correlateWithResult();

    assertThat(pi).isWaitingAt("Task_ClosePaidInFull");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("plan-monitoring").count()).isZero();
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_PaidInFull");
    assertThat(closeReasonOfLastClose()).isEqualTo("PAID_IN_FULL");
  }

  @Test
  void a_recall_at_any_time_closes_the_case() {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "NO_CONTACT"));
    assertThat(pi).isWaitingAt("Timer_NextContactAttempt");

    runtimeService().createMessageCorrelation("AccountRecalled").processInstanceBusinessKey(pi.getBusinessKey())
        .correlateWithResult();

    assertThat(pi).isWaitingAt("Task_CloseRecalled");
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_Recalled");
    assertThat(closeReasonOfLastClose()).isEqualTo("RECALLED");
  }

  @Test
  void a_time_barred_debt_gets_no_final_demand_and_the_case_closes() throws Exception {
    ProcessInstance pi = atWorkAccount();
    when(limitations.timeBarred(pi.getBusinessKey())).thenReturn(true);

    complete(task(), withVariables("contactOutcome", "REFUSES"));

    assertThat(pi).hasPassed("Gateway_TimeBarredBeforeDemand").isWaitingAt("Task_CloseTimeBarred");
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_TimeBarred").hasNotPassed("Task_SendFinalDemand");
    assertThat(closeReasonOfLastClose()).isEqualTo("TIME_BARRED");
  }

  @Test
  void a_debt_that_becomes_time_barred_after_the_demand_is_never_referred() {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "REFUSES"));
    execute(job());
    execute(job());
    assertThat(pi).isWaitingAt("Timer_FinalDemandPeriodOver");
    when(limitations.timeBarred(pi.getBusinessKey())).thenReturn(true);

    execute(job());

    assertThat(pi).hasPassed("Gateway_TimeBarredBeforeReferral").isWaitingAt("Task_CloseTimeBarred")
        .hasNotPassed("CallActivity_LegalReferral");
  }

  @Test
  void a_hold_keeps_the_final_demand_back_through_its_timers_until_it_is_lifted() throws Exception {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "REFUSES"));
    correlate(pi, "BankruptcyFiled");
    assertThat(pi).isWaitingAt("Task_FollowBankruptcy", "Timer_ValidationPeriodOver");
    assertThat(task(taskQuery().taskDefinitionKey("Task_FollowBankruptcy"))).hasCandidateGroup("managers");
    when(holds.pausesCollection(pi.getBusinessKey())).thenReturn(true);

    execute(job(jobQuery().activityId("Timer_ValidationPeriodOver")));
    ProcessInstance waiting = calledInstance("collection-hold");
    assertThat(waiting).isWaitingAt("Gateway_AwaitLift");
    // A day later the hold is still on: it waits on.
    execute(job(jobQuery().processInstanceId(waiting.getId())));
    assertThat(waiting).isWaitingAt("Gateway_AwaitLift");
    verify(sendLetter, times(1)).execute(any(DelegateExecution.class));

    // The manager records the dismissal; lifting the stay wakes the waiting step in the same transaction.
    doAnswer(invocation -> {
      when(holds.pausesCollection(pi.getBusinessKey())).thenReturn(false);
      runtimeService().createMessageCorrelation("HoldLifted").processInstanceBusinessKey(pi.getBusinessKey())
          .correlateAll();
      return null;
    }).when(liftHold).execute(any(DelegateExecution.class));
    complete(task("Task_FollowBankruptcy", pi), withVariables("bankruptcyDischarged", false));
    execute(job("Task_ResumeAfterBankruptcy", pi));

    assertThat(waiting).isEnded();
    assertThat(pi).hasPassed("Task_ResumeAfterBankruptcy", "EndEvent_BankruptcyDismissed")
        .isWaitingAt("Task_SendFinalDemand");
  }

  @Test
  void a_discharge_in_bankruptcy_ends_collection_wherever_the_case_stands() throws Exception {
    ProcessInstance pi = atWorkAccount();
    complete(task(), withVariables("contactOutcome", "PLAN_REQUESTED"));
    completeCalled("negotiation", Map.of("negotiationOutcome", "AGREED"));
    correlate(pi, "BankruptcyFiled");

    complete(task(taskQuery().taskDefinitionKey("Task_FollowBankruptcy")),
        withVariables("bankruptcyDischarged", true, "closeReason", "BANKRUPTCY_DISCHARGED"));

    assertThat(pi).hasPassed("EndEvent_BankruptcyDischarged", "StartEvent_CollectionEnds")
        .isWaitingAt("Task_CloseCollectionEnded");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("plan-monitoring").count()).isZero();
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_CollectionEnded");
    assertThat(closeReasonOfLastClose()).isEqualTo("BANKRUPTCY_DISCHARGED");
  }

  @Test
  void a_dispute_is_acknowledged_verified_and_answered_beside_the_collectors_work() throws Exception {
    ProcessInstance pi = atWorkAccount();

    correlate(pi, "DisputeReceived");

    assertThat(pi).isWaitingAt("Task_AcknowledgeDispute", "Task_WorkAccount");
    execute(job(jobQuery().activityId("Task_AcknowledgeDispute")));
    verify(sendLetter, times(2)).execute(any(DelegateExecution.class));
    assertThat(task(taskQuery().taskDefinitionKey("Task_VerifyDebt"))).hasCandidateGroup("collectors");
    complete(task(taskQuery().taskDefinitionKey("Task_VerifyDebt")), withVariables("debtVerified", true));
    execute(job(jobQuery().activityId("Task_AnswerDispute")));

    verify(answerDispute).execute(any(DelegateExecution.class));
    assertThat(pi).hasPassed("EndEvent_DisputeAnswered").isWaitingAt("Task_WorkAccount");
  }

  @Test
  void a_dispute_the_creditor_cannot_verify_ends_collection() throws Exception {
    ProcessInstance pi = atWorkAccount();
    correlate(pi, "DisputeReceived");
    execute(job(jobQuery().activityId("Task_AcknowledgeDispute")));

    complete(task(taskQuery().taskDefinitionKey("Task_VerifyDebt")),
        withVariables("debtVerified", false, "closeReason", "DISPUTE_UNVERIFIED"));

    assertThat(pi).hasPassed("EndEvent_DisputeUnverified").isWaitingAt("Task_CloseCollectionEnded");
    assertThat(taskQuery().taskDefinitionKey("Task_WorkAccount").count()).isZero();
    execute(job());
    assertThat(pi).isEnded();
    assertThat(closeReasonOfLastClose()).isEqualTo("DISPUTE_UNVERIFIED");
  }

  @Test
  void a_deceased_debtors_case_resumes_with_the_estates_representative_or_closes_without_an_estate() throws Exception {
    ProcessInstance named = atWorkAccount();
    correlate(named, "DebtorDeceased");
    complete(task(taskQuery().processInstanceId(named.getId()).taskDefinitionKey("Task_FindRepresentative")),
        withVariables("representativeNamed", true));
    assertThat(named).hasPassed("EndEvent_RepresentativeNamed").isWaitingAt("Task_WorkAccount");

    ProcessInstance noEstate = atWorkAccount();
    correlate(noEstate, "DebtorDeceased");
    complete(task(taskQuery().processInstanceId(noEstate.getId()).taskDefinitionKey("Task_FindRepresentative")),
        withVariables("representativeNamed", false, "closeReason", "DECEASED"));
    assertThat(noEstate).hasPassed("EndEvent_NoEstate").isWaitingAt("Task_CloseCollectionEnded");
    execute(job(jobQuery().processInstanceId(noEstate.getId())));
    assertThat(noEstate).isEnded();
    assertThat(closeReasonOfLastClose()).isEqualTo("DECEASED");
  }

  @Test
  void a_servicemembers_status_is_checked_without_stopping_collection() {
    ProcessInstance pi = atWorkAccount();

    correlate(pi, "ServicememberReported");

    assertThat(pi).isWaitingAt("Task_CheckMilitaryStatus", "Task_WorkAccount");
    complete(task(taskQuery().taskDefinitionKey("Task_CheckMilitaryStatus")));
    verify(militaryStatus).notify(any(DelegateTask.class));
    assertThat(pi).hasPassed("EndEvent_MilitaryStatusChecked").isWaitingAt("Task_WorkAccount");
  }

  @Test
  void a_cease_request_is_acknowledged_in_writing() throws Exception {
    ProcessInstance pi = atWorkAccount();
    java.util.List<String> notices = new java.util.ArrayList<>();
    doAnswer(invocation -> notices.add((String) invocation.<DelegateExecution>getArgument(0).getVariable("notice")))
        .when(sendLetter).execute(any(DelegateExecution.class));

    correlate(pi, "CeaseRequested");
    execute(job(jobQuery().activityId("Task_AcknowledgeCease")));

    assertThat(notices).containsExactly("CEASE_ACKNOWLEDGEMENT");
    assertThat(pi).hasPassed("EndEvent_CeaseAcknowledged").isWaitingAt("Task_WorkAccount");
  }

  private static void correlate(ProcessInstance pi, String message) {
    runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(pi.getBusinessKey())
        .correlateAllWithResult();
  }

  private static ProcessInstance calledInstance(String processKey) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(processKey).singleResult();
  }

  private static int sequence;

  private ProcessInstance place(double balance, long daysDelinquent, boolean hasPhone) {
    return runtimeService().startProcessInstanceByKey("collection-case", "RC-TEST-" + (++sequence),
        inputs(balance, daysDelinquent, hasPhone));
  }

  private static VariableMap inputs(double balance, long daysDelinquent, boolean hasPhone) {
    return Variables.createVariables()
        .putValueTyped("balance", Variables.doubleValue(balance, true))
        .putValueTyped("daysDelinquent", Variables.longValue(daysDelinquent, true))
        .putValueTyped("hasPhone", Variables.booleanValue(hasPhone, true))
        .putValueTyped("hasEmail", Variables.booleanValue(true, true));
  }

  private ProcessInstance atWorkAccount() {
    ProcessInstance pi = place(1_800.00, 200, true);
    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_WorkAccount");
    return pi;
  }

  private void completeCalled(String processKey, Map<String, Object> outcome) {
    Task called = ENGINE.engine().getTaskService().createTaskQuery().processDefinitionKey(processKey).singleResult();
    complete(called, outcome);
  }

  private void attemptsExhausted(boolean exhausted) {
    doAnswer(invocation -> {
      invocation.<DelegateTask>getArgument(0).setVariable("contactAttemptsExhausted", exhausted);
      return null;
    }).when(workAccount).notify(any(DelegateTask.class));
  }

  private String closeReasonOfLastClose() {
    return lastCloseReason;
  }
}
