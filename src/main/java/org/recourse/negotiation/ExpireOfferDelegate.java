package org.recourse.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.springframework.stereotype.Component;

/** The settlement offer lapsed unanswered: it is closed, and the case goes back to the collector. */
@Component("expireOfferDelegate")
class ExpireOfferDelegate implements JavaDelegate {

  private final Arrangements arrangements;

  ExpireOfferDelegate(Arrangements arrangements) {
    this.arrangements = arrangements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    arrangements.expire((Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID));
    execution.setVariable(CaseProcess.Vars.NEGOTIATION_OUTCOME, NegotiationVars.EXPIRED);
  }
}
