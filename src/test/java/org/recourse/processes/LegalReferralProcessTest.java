package org.recourse.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/legal-referral.bpmn")
class LegalReferralProcessTest {

  private static final ProcessTestEngine ENGINE = new ProcessTestEngine();

  @RegisterExtension
  static ProcessEngineExtension extension = ENGINE.extension();

  private static final TaskListener caseFacts = mock(TaskListener.class);
  private static final TaskListener review = mock(TaskListener.class);
  private static final TaskListener outcome = mock(TaskListener.class);

  @BeforeAll
  static void beans() {
    ENGINE.bean("caseFactsListener", caseFacts).bean("legalReviewListener", review).bean("legalOutcomeListener", outcome);
  }

  @BeforeEach
  void resetMocks() {
    ENGINE.initAssertions();
    reset(caseFacts, review, outcome);
  }

  @Test
  void an_accepted_referral_is_litigated_to_an_outcome() {
    ProcessInstance pi = start();

    assertThat(pi).isWaitingAt("Task_ReviewReferral");
    assertThat(task(pi)).hasCandidateGroup("legal");
    complete(task(pi), withVariables("referralAccepted", true));

    assertThat(pi).isWaitingAt("Task_RecordLitigationOutcome");
    assertThat(task(pi)).hasCandidateGroup("legal");
    complete(task(pi), withVariables("legalOutcome", "JUDGMENT_SATISFIED"));

    assertThat(pi).isEnded().hasPassed("EndEvent_LitigationConcluded").variables()
        .containsEntry("legalOutcome", "JUDGMENT_SATISFIED");
  }

  @Test
  void a_returned_referral_goes_back_with_its_outcome() {
    doAnswer(invocation -> {
      invocation.<DelegateTask>getArgument(0).setVariable("legalOutcome", "RETURNED");
      return null;
    }).when(review).notify(any(DelegateTask.class));
    ProcessInstance pi = start();

    complete(task(pi), withVariables("referralAccepted", false));

    assertThat(pi).isEnded().hasPassed("EndEvent_ReferralReturned").hasNotPassed("Task_RecordLitigationOutcome")
        .variables().containsEntry("legalOutcome", "RETURNED");
  }

  private static ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey("legal-referral", "RC-LEGAL", Map.of("priority", 50));
  }
}
