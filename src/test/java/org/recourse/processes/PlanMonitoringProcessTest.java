package org.recourse.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
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
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recourse.compliance.Holds;

@Deployment(resources = {"processes/plan-monitoring.bpmn", "processes/collection-hold.bpmn"})
class PlanMonitoringProcessTest {

  private static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineExtension extension = ENGINE.extension();

  private static final JavaDelegate schedule = mock(JavaDelegate.class);
  private static final JavaDelegate judge = mock(JavaDelegate.class);
  private static final JavaDelegate complete = mock(JavaDelegate.class);
  private static final JavaDelegate breakOff = mock(JavaDelegate.class);
  private static final Holds holds = mock(Holds.class);

  /** What the next checks find: is everything paid? */
  private final Deque<Boolean> paid = new ArrayDeque<>();
  /** What the next judgments find: is the arrangement broken? */
  private final Deque<Boolean> broken = new ArrayDeque<>();
  private final Date dueCheck = Date.from(Instant.now().plus(35, ChronoUnit.DAYS));

  @BeforeAll
  static void beans() {
    ENGINE.bean("scheduleNextCheckDelegate", schedule).bean("judgeInstallmentDelegate", judge)
        .bean("completeArrangementDelegate", complete).bean("defaultArrangementDelegate", breakOff)
        .bean("holds", holds);
  }

  @BeforeEach
  void stubs() throws Exception {
    ENGINE.initAssertions();
    reset(schedule, judge, complete, breakOff, holds);
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setVariable("arrangementPaid", paid.pop());
      execution.setVariable("nextCheckAt", dueCheck);
      return null;
    }).when(schedule).execute(any(DelegateExecution.class));
    doAnswer(invocation -> {
      // As the delegate does: judged, and unless broken, what to wait for next.
      DelegateExecution execution = invocation.getArgument(0);
      boolean isBroken = broken.pop();
      execution.setVariable("arrangementBroken", isBroken);
      if (!isBroken) {
        execution.setVariable("arrangementPaid", paid.pop());
        execution.setVariable("nextCheckAt", dueCheck);
      }
      return null;
    }).when(judge).execute(any(DelegateExecution.class));
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("monitoringOutcome", "COMPLETED");
      return null;
    }).when(complete).execute(any(DelegateExecution.class));
    doAnswer(invocation -> {
      invocation.<DelegateExecution>getArgument(0).setVariable("monitoringOutcome", "DEFAULTED");
      return null;
    }).when(breakOff).execute(any(DelegateExecution.class));
  }

  @Test
  void installments_paid_on_time_complete_the_arrangement() throws Exception {
    paid.add(false);
    paid.add(false);
    paid.add(true);
    broken.add(false);
    broken.add(false);
    ProcessInstance pi = start();

    execute(job(pi));
    assertThat(pi).isWaitingAt("Gateway_AwaitInstallment");
    assertThat(job(pi).getDuedate()).isEqualToIgnoringMillis(dueCheck);
    // Each check is one job: the timer's, in which the installment is judged and the next check found.
    execute(job(pi));
    assertThat(pi).hasPassed("Task_JudgeInstallment").isWaitingAt("Gateway_AwaitInstallment");
    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_CompleteArrangement");
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("EndEvent_ArrangementCompleted").variables()
        .containsEntry("monitoringOutcome", "COMPLETED");
    verify(judge, times(2)).execute(any());
  }

  @Test
  void a_payment_wakes_monitoring_at_once() throws Exception {
    paid.add(false);
    paid.add(true);
    ProcessInstance pi = start();
    execute(job(pi));
    assertThat(pi).isWaitingAt("Gateway_AwaitInstallment");

    runtimeService().createMessageCorrelation("PaymentReceived").processInstanceBusinessKey("RC-MON")
        .correlateWithResult();

    assertThat(pi).hasPassed("Msg_PaymentReceived").isWaitingAt("Task_ScheduleNextCheck");
    execute(job(pi));
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("EndEvent_ArrangementCompleted");
    verify(judge, never()).execute(any());
  }

  @Test
  void a_reversed_payment_wakes_monitoring_to_look_at_the_ledger_again() throws Exception {
    paid.add(false);
    paid.add(false);
    ProcessInstance pi = start();
    execute(job(pi));
    assertThat(pi).isWaitingAt("Gateway_AwaitInstallment");

    runtimeService().createMessageCorrelation("PaymentReversed").processInstanceBusinessKey("RC-MON")
        .correlateWithResult();

    assertThat(pi).hasPassed("Msg_PaymentReversed").isWaitingAt("Task_ScheduleNextCheck");
    execute(job(pi));
    verify(schedule, times(2)).execute(any());
    assertThat(pi).isWaitingAt("Gateway_AwaitInstallment");
  }

  @Test
  void a_broken_arrangement_is_recorded_as_defaulted() throws Exception {
    paid.add(false);
    broken.add(true);
    ProcessInstance pi = start();
    execute(job(pi));
    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_DefaultArrangement");
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("EndEvent_ArrangementDefaulted").variables()
        .containsEntry("monitoringOutcome", "DEFAULTED");
    verify(complete, never()).execute(any());
  }

  @Test
  void an_arrangement_paid_before_its_first_due_date_completes_without_waiting() throws Exception {
    paid.add(true);
    ProcessInstance pi = start();
    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_CompleteArrangement").hasNotPassed("Gateway_AwaitInstallment");
  }

  @Test
  void no_installment_is_judged_while_a_hold_stops_collection() throws Exception {
    paid.add(false);
    paid.add(true);
    broken.add(false);
    ProcessInstance pi = start();
    execute(job(pi));
    when(holds.pausesCollection("RC-MON")).thenReturn(true);

    execute(job(pi));

    ProcessInstance hold = runtimeService().createProcessInstanceQuery().processDefinitionKey("collection-hold")
        .singleResult();
    assertThat(pi).isWaitingAt("CallActivity_HoldBeforeJudging");
    assertThat(hold).isWaitingAt("Gateway_AwaitLift");
    execute(job(hold));
    verify(judge, never()).execute(any());

    when(holds.pausesCollection("RC-MON")).thenReturn(false);
    runtimeService().createMessageCorrelation("HoldLifted").processInstanceBusinessKey("RC-MON").correlateAll();

    assertThat(hold).isEnded();
    verify(judge).execute(any());
    assertThat(pi).hasPassed("Task_JudgeInstallment").isWaitingAt("Task_CompleteArrangement");
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("plan-monitoring", "RC-MON", Map.of("arrangementId", 9L));
  }
}
