package org.recourse.negotiation.internal;

import org.recourse.casework.CaseClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears of a case closed, in the closure's transaction: what it left agreed ends with it
 * ({@link ArrangementMonitoring#caseClosed}).
 */
@Component
class ArrangementsOfClosedCases {

  private final ArrangementMonitoring monitoring;

  ArrangementsOfClosedCases(ArrangementMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @EventListener
  void closed(CaseClosed closed) {
    monitoring.caseClosed(closed.caseNumber(), closed.reason());
  }
}
