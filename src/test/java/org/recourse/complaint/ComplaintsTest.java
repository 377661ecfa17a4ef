package org.recourse.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.recourse.casework.CaseEvent;
import org.recourse.platform.InputRejectedException;
import org.recourse.support.CaseDriver;
import org.recourse.support.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A complaint recorded on a case is the assignee's task with its due date (15 days after receipt, at the end of the
 * day in the business zone), its answer is kept on the complaint and in the case's history, and an unanswered one
 * goes to the managers when due.
 */
class ComplaintsTest extends EngineTest {

  @Autowired
  Complaints complaints;

  @Test
  void a_complaint_is_assigned_due_in_fifteen_days_and_its_answer_is_recorded() {
    String caseNumber = atTheCollector();
    Complaint complaint = complaints.receive(caseNumber, new NewComplaint(ComplaintChannel.PHONE,
        ComplaintCategory.COMMUNICATION_TACTICS, "Says we called her at work after she asked us not to", null, null,
        "collector2"), "collector");

    // Received on Wednesday 2026-03-04: due by the end of Thursday 2026-03-19, New York time.
    assertThat(complaint.getDueAt()).isEqualTo(Instant.parse("2026-03-20T04:00:00Z"));
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.OPEN);
    Task answer = driver.task(caseNumber, "Task_AnswerComplaint");
    assertThat(answer.getAssignee()).isEqualTo("collector2");
    assertThat(answer.getDueDate().toInstant()).isEqualTo(complaint.getDueAt());
    assertThat(tasks.getVariableLocalTyped(answer.getId(), "complaint").getValue().toString())
        .contains("Communication tactics").contains("by phone").contains("called her at work");
    assertThat(complaints.open()).extracting(Complaint::getId).contains(complaint.getId());

    assertThatThrownBy(() -> driver.completeAs("collector2", answer, Map.of("answer", " ")))
        .hasMessageContaining("Answer to the debtor");
    driver.completeAs("collector2", answer, Map.of("answer", "Work number marked do-not-call; apologised."));
    driver.runJobs(caseNumber);

    Complaint answered = complaints.get(complaint.getId());
    assertThat(answered.getStatus()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(answered.getAnswer()).isEqualTo("Work number marked do-not-call; apologised.");
    assertThat(answered.getAnsweredBy()).isEqualTo("collector2");
    assertThat(answered.answeredLate()).isFalse();
    assertThat(complaints.open()).extracting(Complaint::getId).doesNotContain(complaint.getId());
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getDetail)
        .anyMatch(text -> text.startsWith("Complaint received by phone: Communication tactics"))
        .anyMatch(text -> text.startsWith("Complaint answered (Communication tactics"));
  }

  @Test
  void an_unanswered_complaint_goes_to_the_managers_when_due() {
    String caseNumber = atTheCollector();
    Complaint complaint = complaints.receive(caseNumber, new NewComplaint(ComplaintChannel.REGULATOR,
        ComplaintCategory.WRONG_AMOUNT, "CFPB portal: disputes the fees", "260304-001122", null, null), "manager");

    CaseDriver.moveClock(Duration.ofDays(16));
    driver.runJobs(caseNumber);

    assertThat(complaints.get(complaint.getId()).getStatus()).isEqualTo(ComplaintStatus.ESCALATED);
    Task late = driver.task(caseNumber, "Task_AnswerLateComplaint");
    assertThat(late.getAssignee()).isNull();
    driver.completeAs("manager", late, Map.of("answer", "Fees were in the itemization; sent the statement."));
    driver.runJobs(caseNumber);
    assertThat(complaints.get(complaint.getId()).answeredLate()).isTrue();
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getDetail)
        .anyMatch(text -> text.contains("escalated to the managers"))
        .anyMatch(text -> text.startsWith("Complaint answered late"));
  }

  @Test
  void a_complaint_missing_what_it_needs_is_refused_by_field_and_nothing_starts() {
    String caseNumber = atTheCollector();
    assertThatThrownBy(() -> complaints.receive(caseNumber, new NewComplaint(ComplaintChannel.REGULATOR, null, " ",
        null, today().plusDays(1), null), "collector"))
        .isInstanceOfSatisfying(InputRejectedException.class, refused -> assertThat(refused.problems())
            .extracting(problem -> problem.field())
            .containsExactly("category", "summary", "regulatorReference", "receivedOn"));
    assertThat(complaints.ofCase(caseNumber)).isEmpty();
    assertThat(driver.query(caseNumber).taskDefinitionKey("Task_AnswerComplaint").count()).isZero();
  }
}
