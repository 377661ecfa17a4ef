package org.recourse.negotiation.internal;

import org.recourse.casework.CaseClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears of a case closed, in the closure's transaction, so that a closed case never shows an arrangement standing:
 * closed by payment, what was still agreed on it is kept ({@link ArrangementMonitoring#paidInFull}); closed for
 * another reason, it ends with the case ({@link ArrangementMonitoring#closedUnpaid}).
 */
@Component
class ArrangementsOfClosedCases {

  private final ArrangementMonitoring monitoring;

  ArrangementsOfClosedCases(ArrangementMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @EventListener
  void closed(CaseClosed closed) {
    if (closed.reason().closedByPayment()) {
      monitoring.paidInFull(closed.caseNumber());
    } else {
      monitoring.closedUnpaid(closed.caseNumber(), closed.reason());
    }
  }
}
