package org.recourse.complaint.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.complaint.Complaints;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/** The answer to a complaint, checked as the task is completed and recorded by the step after it. */
@Component("complaintAnswerListener")
class ComplaintAnswerListener implements TaskListener {

  static final List<String> FIELDS = List.of("answer");

  private final Actors actors;

  ComplaintAnswerListener(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    String answer = form.requiredText("answer", "Answer to the debtor", Complaints.ANSWER_LENGTH);
    form.refuseIfAnyProblem();
    task.setVariable(ComplaintProcess.ANSWER, answer);
    task.setVariable(ComplaintProcess.ANSWERED_BY, actors.forTask(task));
    form.consume(FIELDS);
  }
}
