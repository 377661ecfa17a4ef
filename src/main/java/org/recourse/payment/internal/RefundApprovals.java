package org.recourse.payment.internal;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts each requested refund before the managers as a task in Tasklist ({@code refund-approval}), in the request's
 * transaction; a refund decided over the API meanwhile ends its task.
 */
@Component
public class RefundApprovals {

  static final String PROCESS = "refund-approval";
  static final String REFUND_ID = "refundId";
  static final String MSG_REFUND_DECIDED = "RefundDecided";

  private final RuntimeService runtime;

  RefundApprovals(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void requested(RefundRequested requested) {
    runtime.startProcessInstanceByKey(PROCESS, requested.caseNumber(), Map.of(REFUND_ID, requested.refundId()));
  }

  @EventListener
  void decided(RefundDecided decided) {
    // The task's own decision has left the task already, so only a decision taken elsewhere finds it waiting.
    runtime.createMessageCorrelation(MSG_REFUND_DECIDED)
        .processInstanceBusinessKey(decided.caseNumber())
        .processInstanceVariableEquals(REFUND_ID, decided.refundId())
        .correlateAllWithResult();
  }
}
