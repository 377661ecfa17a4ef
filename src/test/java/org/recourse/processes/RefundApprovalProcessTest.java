package org.recourse.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;

import java.util.Map;
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

/** Both paths of a refund's approval: decided in Tasklist and recorded, or decided over the API meanwhile. */
@Deployment(resources = "processes/refund-approval.bpmn")
class RefundApprovalProcessTest {

  private static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineExtension extension = ENGINE.extension();

  private static final TaskListener caseFacts = mock(TaskListener.class);
  private static final TaskListener refundFacts = mock(TaskListener.class);
  private static final TaskListener decision = mock(TaskListener.class);
  private static final JavaDelegate record = mock(JavaDelegate.class);

  @BeforeAll
  static void beans() {
    ENGINE.bean("caseFactsListener", caseFacts).bean("refundFactsListener", refundFacts)
        .bean("refundDecisionListener", decision).bean("recordRefundDecisionDelegate", record);
  }

  @BeforeEach
  void resetMocks() {
    ENGINE.initAssertions();
    reset(caseFacts, refundFacts, decision, record);
  }

  @Test
  void a_manager_decides_in_tasklist_and_the_decision_is_recorded() throws Exception {
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt("Task_ApproveRefund");
    assertThat(task(pi)).hasCandidateGroup("managers");
    verify(refundFacts).notify(any(DelegateTask.class));
    complete(task(pi));
    verify(decision).notify(any(DelegateTask.class));

    assertThat(pi).isWaitingAt("Task_RecordRefundDecision");
    execute(job(pi));
    verify(record).execute(any());
    assertThat(pi).isEnded().hasPassed("EndEvent_RefundDecided");
  }

  @Test
  void a_refund_decided_over_the_api_ends_the_task() {
    ProcessInstance pi = start();

    runtimeService().createMessageCorrelation("RefundDecided").processInstanceBusinessKey("RC-REF")
        .processInstanceVariableEquals("refundId", 31L).correlateAllWithResult();

    assertThat(pi).isEnded().hasPassed("EndEvent_DecidedElsewhere").hasNotPassed("Task_RecordRefundDecision");
    verify(decision, never()).notify(any());
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("refund-approval", "RC-REF", Map.of("refundId", 31L));
  }
}
