package org.recourse.payment.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.payment.internal.Refund;
import org.recourse.payment.Refunds;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * A manager's decision on a refund, checked as it is taken (four eyes; a rejection says why) and recorded by the
 * step after it, so that the decision reaches the ledger in a transaction of its own.
 */
@Component("refundDecisionListener")
public class RefundDecisionListener implements TaskListener {

  static final String APPROVED = "refundApproved";
  static final String NOTE = "refundNote";
  static final String DECIDED_BY = "refundDecidedBy";
  static final List<String> FIELDS = List.of("refundDecision", "note");

  enum Decision { APPROVE, REJECT }

  private final Refunds refunds;
  private final Actors actors;

  RefundDecisionListener(Refunds refunds, Actors actors) {
    this.refunds = refunds;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    Decision decision = form.requiredChoice("refundDecision", Decision.class, "Decision");
    String note = form.optionalText("note", "Reason", 500);
    String actor = actors.forTask(task);
    Refund refund = refunds.get((Long) task.getVariable(RefundApprovals.REFUND_ID));
    if (refund.getRequestedBy().equals(actor)) {
      form.problem("You requested this refund; another manager must decide it.");
    }
    if (decision == Decision.REJECT && note == null) {
      form.problem("Say why the refund is rejected.");
    }
    form.refuseIfAnyProblem();
    task.setVariable(APPROVED, decision == Decision.APPROVE);
    task.setVariable(NOTE, note);
    task.setVariable(DECIDED_BY, actor);
    form.consume(FIELDS);
  }
}
