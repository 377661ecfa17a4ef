package org.recourse.negotiation.internal;

import org.recourse.casework.CaseClosed;
import org.recourse.casework.CloseReason;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears of a case closed paid in full, in the closure's transaction: what was still agreed on it is kept
 * ({@link ArrangementMonitoring#paidInFull}), so that the case never shows a plan standing after it was paid.
 */
@Component
class ArrangementsPaidInFull {

  private final ArrangementMonitoring monitoring;

  ArrangementsPaidInFull(ArrangementMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @EventListener
  void closed(CaseClosed closed) {
    if (closed.reason() == CloseReason.PAID_IN_FULL) {
      monitoring.paidInFull(closed.caseNumber());
    }
  }
}
