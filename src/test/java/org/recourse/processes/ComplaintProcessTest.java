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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
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

/** Both paths of a complaint: answered by its assignee in time, or late and answered by the managers. */
@Deployment(resources = "processes/complaint.bpmn")
class ComplaintProcessTest {

  private static final ProcessTestEngine ENGINE = new ProcessTestEngine();
  private static final Date DUE = Date.from(Instant.parse("2026-03-20T04:00:00Z"));

  @RegisterExtension
  static ProcessEngineExtension extension = ENGINE.extension();

  private static final TaskListener caseFacts = mock(TaskListener.class);
  private static final TaskListener complaintFacts = mock(TaskListener.class);
  private static final TaskListener answer = mock(TaskListener.class);
  private static final JavaDelegate escalate = mock(JavaDelegate.class);
  private static final JavaDelegate record = mock(JavaDelegate.class);

  @BeforeAll
  static void beans() {
    ENGINE.bean("caseFactsListener", caseFacts).bean("complaintFactsListener", complaintFacts)
        .bean("complaintAnswerListener", answer).bean("escalateComplaintDelegate", escalate)
        .bean("recordComplaintAnswerDelegate", record);
  }

  @BeforeEach
  void resetMocks() {
    ENGINE.initAssertions();
    reset(caseFacts, complaintFacts, answer, escalate, record);
  }

  @Test
  void the_assignee_answers_before_it_is_due_and_the_answer_is_recorded() throws Exception {
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt("Task_AnswerComplaint");
    assertThat(task(pi)).isAssignedTo("collector2").hasDueDate(DUE);
    org.assertj.core.api.Assertions.assertThat(job(pi).getDuedate()).isEqualTo(DUE);
    verify(complaintFacts).notify(any(DelegateTask.class));
    complete(task(pi));
    verify(answer).notify(any(DelegateTask.class));

    assertThat(pi).isWaitingAt("Task_RecordComplaintAnswer");
    execute(job(pi));
    verify(record).execute(any());
    verify(escalate, never()).execute(any());
    assertThat(pi).isEnded().hasPassed("EndEvent_ComplaintAnswered").hasNotPassed("Task_AnswerLateComplaint");
  }

  @Test
  void unanswered_when_due_it_goes_to_the_managers_who_answer_it() throws Exception {
    ProcessInstance pi = start();

    execute(job(pi)); // the due date's timer
    verify(escalate).execute(any());
    assertThat(pi).isWaitingAt("Task_AnswerLateComplaint");
    assertThat(task(pi)).hasCandidateGroup("managers").isNotAssigned();
    verify(complaintFacts, times(2)).notify(any(DelegateTask.class));

    complete(task(pi));
    execute(job(pi));
    verify(record).execute(any());
    assertThat(pi).isEnded().hasPassed("Timer_ComplaintDue", "Task_EscalateComplaint", "EndEvent_ComplaintAnswered");
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("complaint", "RC-CMP",
        Map.of("complaintId", 7L, "complaintAssignee", "collector2", "complaintDueAt", DUE));
  }
}
