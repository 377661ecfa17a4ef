package org.recourse.negotiation;

import java.util.List;
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

  static final List<String> FIELDS = List.of("decision", "decisionNote");

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
    task.setVariable(NegotiationVars.SETTLEMENT_APPROVED, decision == Decision.APPROVE);
    if (decision == Decision.REJECT) {
      task.setVariable(CaseProcess.Vars.NEGOTIATION_OUTCOME, NegotiationVars.REJECTED);
    }
    form.consume(FIELDS);
  }
}
