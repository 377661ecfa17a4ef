package org.recourse.negotiation.internal;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseProcess;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Records an approver's decision on a settlement: approve, counter with another figure, or reject with the reason.
 * Refuses a decision by the offer's own proposer.
 */
@Component("settlementDecisionListener")
public class SettlementDecisionListener implements TaskListener {

  static final List<String> FIELDS = List.of("decision", "counterAmount", "decisionNote");

  private final ArrangementApprovals approvals;
  private final Actors actors;

  SettlementDecisionListener(ArrangementApprovals approvals, Actors actors) {
    this.approvals = approvals;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    ArrangementApprovals.SettlementDecision decision = form.requiredChoice("decision", ArrangementApprovals.SettlementDecision.class,
        "Decision");
    String note = form.optionalText("decisionNote", "Reason", 500);
    BigDecimal counterAmount = decision == ArrangementApprovals.SettlementDecision.COUNTER
        ? form.requiredAmount("counterAmount", "Counter-offer") : null;
    form.refuseIfAnyProblem();
    long arrangementId = (Long) task.getVariable(CaseProcess.Vars.ARRANGEMENT_ID);
    TaskRefusal.refusing(
        () -> approvals.decideSettlement(arrangementId, decision, counterAmount, note, actors.forTask(task)));
    task.setVariable(NegotiationVars.SETTLEMENT_APPROVED, decision != ArrangementApprovals.SettlementDecision.REJECT);
    if (decision == ArrangementApprovals.SettlementDecision.REJECT) {
      task.setVariable(CaseProcess.Vars.NEGOTIATION_OUTCOME, NegotiationVars.REJECTED);
    }
    form.consume(FIELDS);
  }
}
