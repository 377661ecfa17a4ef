package org.recourse.processes;

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
import org.recourse.negotiation.SettlementTerms;

@Deployment(resources = {"processes/negotiation.bpmn", "processes/settlement-authority.dmn"})
class NegotiationProcessTest {

  private static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineExtension extension = ENGINE.extension();

  private static final SettlementTerms terms = mock(SettlementTerms.class);
  private static final JavaDelegate agree = mock(JavaDelegate.class);
  private static final TaskListener caseFacts = mock(TaskListener.class);
  private static final TaskListener offer = mock(TaskListener.class);
  private static final TaskListener decision = mock(TaskListener.class);

  @BeforeAll
  static void beans() {
    ENGINE.bean("settlementTerms", terms).bean("agreeArrangementDelegate", agree).bean("caseFactsListener", caseFacts)
        .bean("settlementOfferListener", offer).bean("settlementDecisionListener", decision);
  }

  @BeforeEach
  void resetMocks() throws Exception {
    ENGINE.initAssertions();
    reset(terms, agree, caseFacts, offer, decision);
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("negotiationOutcome", "AGREED");
      return null;
    }).when(agree).execute(any(DelegateExecution.class));
  }

  @Test
  void a_promise_is_agreed_without_approval() throws Exception {
    ProcessInstance pi = start("PROMISE_TO_PAY");

    assertThat(pi).isWaitingAt("Task_AgreeArrangement");
    execute(job(pi));

    assertThat(pi).isEnded().hasPassed("EndEvent_ArrangementAgreed").variables()
        .containsEntry("negotiationOutcome", "AGREED");
    verify(agree).execute(any());
  }

  @Test
  void a_plan_is_agreed_without_approval() {
    ProcessInstance pi = start("PLAN_REQUESTED");

    assertThat(pi).isWaitingAt("Task_AgreeArrangement").hasNotPassed("Task_DetermineSettlementAuthority");
  }

  @Test
  void a_settlement_within_the_collectors_authority_is_agreed_at_once() {
    settlement(8.0, 3_000.0);
    ProcessInstance pi = start("SETTLEMENT_REQUESTED");

    assertThat(pi).hasPassed("Task_DetermineSettlementAuthority").isWaitingAt("Task_AgreeArrangement")
        .variables().containsEntry("approverGroup", "collectors");
  }

  @Test
  void a_settlement_beyond_authority_waits_for_a_manager_who_approves_it() throws Exception {
    settlement(40.0, 3_000.0);
    ProcessInstance pi = start("SETTLEMENT_REQUESTED");

    assertThat(pi).isWaitingAt("Task_ApproveSettlement");
    assertThat(task(pi)).hasCandidateGroup("managers");
    verify(offer).notify(any(DelegateTask.class));
    complete(task(pi), withVariables("settlementApproved", true));

    assertThat(pi).isWaitingAt("Task_AgreeArrangement");
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("Gateway_SettlementApproved", "EndEvent_ArrangementAgreed");
  }

  @Test
  void a_rejected_settlement_ends_without_agreement() throws Exception {
    settlement(40.0, 3_000.0);
    doAnswer(invocation -> {
      invocation.<DelegateTask>getArgument(0).setVariable("negotiationOutcome", "REJECTED");
      return null;
    }).when(decision).notify(any(DelegateTask.class));
    ProcessInstance pi = start("SETTLEMENT_REQUESTED");

    complete(task(pi), withVariables("settlementApproved", false));

    assertThat(pi).isEnded().hasPassed("EndEvent_SettlementRejected").hasNotPassed("Task_AgreeArrangement")
        .variables().containsEntry("negotiationOutcome", "REJECTED");
    verify(agree, never()).execute(any());
  }

  private void settlement(double discountPercent, double balance) {
    when(terms.discountPercent(anyLong())).thenReturn(discountPercent);
    when(terms.balance(anyLong())).thenReturn(balance);
  }

  private static ProcessInstance start(String contactOutcome) {
    return runtimeService().startProcessInstanceByKey("negotiation", "RC-NEG",
        Map.of("contactOutcome", contactOutcome, "arrangementId", 7L, "priority", 50));
  }
}
