package org.recourse.negotiation.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.springframework.stereotype.Component;

/** The settlement offer lapsed unanswered: it is closed, and the case goes back to the collector. */
@Component("expireOfferDelegate")
public class ExpireOfferDelegate implements JavaDelegate {

  private final ArrangementApprovals approvals;

  ExpireOfferDelegate(ArrangementApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approvals.expire((Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID));
    execution.setVariable(CaseProcess.Vars.NEGOTIATION_OUTCOME, NegotiationVars.EXPIRED);
  }
}
