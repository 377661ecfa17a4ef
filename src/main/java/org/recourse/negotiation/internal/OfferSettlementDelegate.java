package org.recourse.negotiation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

/** Sends the approved settlement to the debtor in writing, and sets when the offer lapses ({@code offerExpiresAt}). */
@Component("offerSettlementDelegate")
public class OfferSettlementDelegate implements JavaDelegate {

  private final ArrangementApprovals approvals;
  private final Clock clock;

  OfferSettlementDelegate(ArrangementApprovals approvals, Clock clock) {
    this.approvals = approvals;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate lastDay = approvals.offerSettlement((Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID),
        Actors.SYSTEM);
    execution.setVariable(NegotiationVars.OFFER_EXPIRES_AT,
        Date.from(lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
  }
}
