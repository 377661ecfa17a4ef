package org.recourse.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recourse.negotiation.internal.ArrangementTerms;

/**
 * Every path of the negotiation: a promise; a plan confirmed or declined by the debtor; a settlement within
 * authority; beyond it approved, countered or rejected, and the written offer accepted, declined or expired.
 */
@Deployment(resources = {"processes/negotiation.bpmn", "processes/settlement-authority.dmn"})
class NegotiationProcessTest {

  private static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineExtension extension = ENGINE.extension();

  private static final ArrangementTerms terms = mock(ArrangementTerms.class);
  private static final JavaDelegate agree = mock(JavaDelegate.class);
  private static final JavaDelegate sendOffer = mock(JavaDelegate.class);
  private static final JavaDelegate expireOffer = mock(JavaDelegate.class);
  private static final TaskListener caseFacts = mock(TaskListener.class);
  private static final TaskListener arrangementFacts = mock(TaskListener.class);
  private static final TaskListener decision = mock(TaskListener.class);
  private static final TaskListener debtorAnswer = mock(TaskListener.class);

  private final Date offerExpiresAt = Date.from(Instant.now().plus(15, ChronoUnit.DAYS));

  @BeforeAll
  static void beans() {
    ENGINE.bean("arrangementTerms", terms).bean("agreeArrangementDelegate", agree)
        .bean("offerSettlementDelegate", sendOffer).bean("expireOfferDelegate", expireOffer)
        .bean("caseFactsListener", caseFacts).bean("arrangementFactsListener", arrangementFacts)
        .bean("settlementDecisionListener", decision).bean("debtorAnswerListener", debtorAnswer);
  }

  @BeforeEach
  void resetMocks() throws Exception {
    ENGINE.initAssertions();
    reset(terms, agree, sendOffer, expireOffer, caseFacts, arrangementFacts, decision, debtorAnswer);
    when(terms.proposedBy(anyLong())).thenReturn("collector");
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("negotiationOutcome", "AGREED");
      return null;
    }).when(agree).execute(any(DelegateExecution.class));
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("offerExpiresAt", offerExpiresAt);
      return null;
    }).when(sendOffer).execute(any(DelegateExecution.class));
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("negotiationOutcome", "EXPIRED");
      return null;
    }).when(expireOffer).execute(any(DelegateExecution.class));
  }

  @Test
  void a_promise_is_agreed_at_once() throws Exception {
    ProcessInstance pi = start("PROMISE_TO_PAY");

    assertThat(pi).isWaitingAt("Task_AgreeArrangement").hasNotPassed("Task_ConfirmPlan");
    execute(job(pi));

    assertThat(pi).isEnded().hasPassed("EndEvent_ArrangementAgreed").variables()
        .containsEntry("negotiationOutcome", "AGREED");
    verify(agree).execute(any());
  }

  @Test
  void a_plans_schedule_is_confirmed_with_the_debtor_by_the_collector_who_proposed_it_before_it_is_agreed()
      throws Exception {
    ProcessInstance pi = start("PLAN_REQUESTED");

    assertThat(pi).isWaitingAt("Task_ConfirmPlan").hasNotPassed("Task_DetermineSettlementAuthority");
    assertThat(task(pi)).isAssignedTo("collector");
    verify(arrangementFacts).notify(any(DelegateTask.class));
    complete(task(pi), withVariables("debtorAccepted", true));

    assertThat(pi).isWaitingAt("Task_AgreeArrangement");
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("EndEvent_ArrangementAgreed");
  }

  @Test
  void a_plan_the_debtor_declines_ends_without_agreement() {
    ProcessInstance pi = start("PLAN_REQUESTED");

    complete(task(pi), withVariables("debtorAccepted", false, "negotiationOutcome", "DECLINED"));

    assertThat(pi).isEnded().hasPassed("EndEvent_PlanDeclined").hasNotPassed("Task_AgreeArrangement").variables()
        .containsEntry("negotiationOutcome", "DECLINED");
  }

  @Test
  void a_settlement_within_the_collectors_authority_is_agreed_at_once() {
    settlement(8.0, 3_000.0, 100);
    ProcessInstance pi = start("SETTLEMENT_REQUESTED");

    assertThat(pi).hasPassed("Task_DetermineSettlementAuthority").isWaitingAt("Task_AgreeArrangement")
        .variables().containsEntry("approverGroup", "collectors");
  }

  @Test
  void an_old_debt_may_be_settled_deeper_by_the_collector() {
    settlement(35.0, 6_000.0, 800);
    ProcessInstance pi = start("SETTLEMENT_REQUESTED");

    assertThat(pi).isWaitingAt("Task_AgreeArrangement").variables().containsEntry("approverGroup", "collectors");
  }

  @Test
  void a_settlement_beyond_authority_is_approved_offered_in_writing_and_accepted_by_the_debtor() throws Exception {
    settlement(40.0, 3_000.0, 100);
    ProcessInstance pi = start("SETTLEMENT_REQUESTED");

    assertThat(pi).isWaitingAt("Task_ApproveSettlement");
    assertThat(task(pi)).hasCandidateGroup("managers");
    verify(arrangementFacts).notify(any(DelegateTask.class));
    complete(task(pi), withVariables("settlementApproved", true));

    assertThat(pi).isWaitingAt("Task_OfferSettlement");
    execute(job(pi));
    verify(sendOffer).execute(any());
    assertThat(pi).isWaitingAt("Task_RecordOfferAnswer");
    assertThat(task(pi)).isAssignedTo("collector").hasDueDate(offerExpiresAt);
    complete(task(pi), withVariables("debtorAccepted", true));

    assertThat(pi).isWaitingAt("Task_AgreeArrangement");
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("Gateway_SettlementApproved", "Gateway_OfferAccepted",
        "EndEvent_ArrangementAgreed");
  }

  @Test
  void a_countered_settlement_goes_to_the_debtor_as_the_counter_offer() throws Exception {
    settlement(55.0, 3_000.0, 100);
    doAnswer(invocation -> {
      // As the listener does for COUNTER: the counter stands approved.
      invocation.<DelegateTask>getArgument(0).setVariable("settlementApproved", true);
      return null;
    }).when(decision).notify(any(DelegateTask.class));
    ProcessInstance pi = start("SETTLEMENT_REQUESTED");

    complete(task(pi));
    execute(job(pi));
    complete(task(pi), withVariables("debtorAccepted", true));

    assertThat(pi).isWaitingAt("Task_AgreeArrangement").hasPassed("Task_OfferSettlement", "Task_RecordOfferAnswer");
  }

  @Test
  void a_rejected_settlement_ends_without_agreement() throws Exception {
    settlement(40.0, 3_000.0, 100);
    doAnswer(invocation -> {
      invocation.<DelegateTask>getArgument(0).setVariable("negotiationOutcome", "REJECTED");
      return null;
    }).when(decision).notify(any(DelegateTask.class));
    ProcessInstance pi = start("SETTLEMENT_REQUESTED");

    complete(task(pi), withVariables("settlementApproved", false));

    assertThat(pi).isEnded().hasPassed("EndEvent_SettlementRejected").hasNotPassed("Task_OfferSettlement")
        .variables().containsEntry("negotiationOutcome", "REJECTED");
    verify(agree, never()).execute(any());
  }

  @Test
  void an_offer_the_debtor_declines_ends_without_agreement() throws Exception {
    ProcessInstance pi = atOfferAnswer();

    complete(task(pi), withVariables("debtorAccepted", false, "negotiationOutcome", "DECLINED"));

    assertThat(pi).isEnded().hasPassed("EndEvent_OfferDeclined").hasNotPassed("Task_AgreeArrangement");
  }

  @Test
  void an_offer_not_answered_by_its_last_day_expires() throws Exception {
    ProcessInstance pi = atOfferAnswer();
    assertThat(job("Timer_OfferExpires", pi).getDuedate()).isEqualTo(offerExpiresAt);

    execute(job("Timer_OfferExpires", pi));
    assertThat(pi).isWaitingAt("Task_ExpireOffer");
    execute(job(pi));

    assertThat(pi).isEnded().hasPassed("EndEvent_OfferExpired").hasNotPassed("Task_AgreeArrangement").variables()
        .containsEntry("negotiationOutcome", "EXPIRED");
    verify(expireOffer).execute(any());
  }

  private ProcessInstance atOfferAnswer() throws Exception {
    settlement(40.0, 3_000.0, 100);
    ProcessInstance pi = start("SETTLEMENT_REQUESTED");
    complete(task(pi), withVariables("settlementApproved", true));
    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_RecordOfferAnswer");
    return pi;
  }

  private void settlement(double discountPercent, double balance, long accountAgeDays) {
    when(terms.discountPercent(anyLong())).thenReturn(discountPercent);
    when(terms.balance(anyLong())).thenReturn(balance);
    when(terms.accountAgeDays(anyLong())).thenReturn(accountAgeDays);
  }

  private static ProcessInstance start(String contactOutcome) {
    return runtimeService().startProcessInstanceByKey("negotiation", "RC-NEG",
        Map.of("contactOutcome", contactOutcome, "arrangementId", 7L, "priority", 50));
  }
}
