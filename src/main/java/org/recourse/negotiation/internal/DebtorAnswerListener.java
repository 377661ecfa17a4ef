package org.recourse.negotiation.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseProcess;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/**
 * The debtor's answer, as the collector records it: to a plan's schedule read out before it is agreed, or to a
 * written settlement offer. Declined, the case goes back to the collector.
 */
@Component("debtorAnswerListener")
public class DebtorAnswerListener implements TaskListener {

  static final List<String> FIELDS = List.of("debtorAnswer", "notes");

  enum Answer { ACCEPTED, DECLINED }

  private final ArrangementApprovals approvals;
  private final Actors actors;

  DebtorAnswerListener(ArrangementApprovals approvals, Actors actors) {
    this.approvals = approvals;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    Answer answer = form.requiredChoice("debtorAnswer", Answer.class, "The debtor's answer");
    String notes = form.optionalText("notes", "Notes", 1500);
    form.refuseIfAnyProblem();
    approvals.answer((Long) task.getVariable(CaseProcess.Vars.ARRANGEMENT_ID), answer == Answer.ACCEPTED, notes,
        actors.forTask(task));
    task.setVariable(NegotiationVars.DEBTOR_ACCEPTED, answer == Answer.ACCEPTED);
    if (answer == Answer.DECLINED) {
      task.setVariable(CaseProcess.Vars.NEGOTIATION_OUTCOME, NegotiationVars.DECLINED);
    }
    form.consume(FIELDS);
  }
}
