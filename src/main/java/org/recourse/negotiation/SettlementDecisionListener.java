package org.recourse.negotiation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseProcess;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/** Records an approver's decision on a settlement; refuses one by the offer's own proposer. */
@Component("settlementDecisionListener")
class SettlementDecisionListener implements TaskListener {

  enum Decision { APPROVE, REJECT }

  private final Arrangements arrangements;
  private final Actors actors;

  SettlementDecisionListener(Arrangements arrangements, Actors actors) {
    this.arrangements = arrangements;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    Decision decision = form.requiredChoice("decision", Decision.class, "Decision");
    String note = form.optionalText("decisionNote", "Reason", 500);
    long arrangementId = (Long) task.getVariable(CaseProcess.Vars.ARRANGEMENT_ID);
    try {
      arrangements.decideSettlement(arrangementId, decision == Decision.APPROVE, note, actors.forTask(task));
    } catch (InvalidArrangementException e) {
      throw new TaskRefusal(e.getMessage());
    }
    if (decision == Decision.REJECT) {
      task.setVariable(CaseProcess.Vars.NEGOTIATION_OUTCOME, NegotiationVars.REJECTED);
    }
  }
}
