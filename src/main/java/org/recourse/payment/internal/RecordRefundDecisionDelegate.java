package org.recourse.payment.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.payment.Refunds;
import org.springframework.stereotype.Component;

/** Records the manager's decision on the refund: an approval writes the refund into the ledger, once. */
@Component("recordRefundDecisionDelegate")
public class RecordRefundDecisionDelegate implements JavaDelegate {

  private final Refunds refunds;

  RecordRefundDecisionDelegate(Refunds refunds) {
    this.refunds = refunds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long refundId = (Long) execution.getVariable(RefundApprovals.REFUND_ID);
    if (refunds.get(refundId).getStatus() == RefundStatus.PENDING) {
      refunds.decide(refundId, (Boolean) execution.getVariable(RefundDecisionListener.APPROVED),
          (String) execution.getVariable(RefundDecisionListener.NOTE),
          (String) execution.getVariable(RefundDecisionListener.DECIDED_BY));
    }
    execution.removeVariable(RefundDecisionListener.NOTE);
  }
}
