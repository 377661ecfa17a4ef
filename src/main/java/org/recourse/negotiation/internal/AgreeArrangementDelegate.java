package org.recourse.negotiation.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

@Component("agreeArrangementDelegate")
public class AgreeArrangementDelegate implements JavaDelegate {

  private final ArrangementApprovals approvals;

  AgreeArrangementDelegate(ArrangementApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approvals.agree((Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID), Actors.SYSTEM);
    execution.setVariable(CaseProcess.Vars.NEGOTIATION_OUTCOME, NegotiationVars.AGREED);
  }
}
