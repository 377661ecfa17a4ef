package org.recourse.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

@Component("agreeArrangementDelegate")
class AgreeArrangementDelegate implements JavaDelegate {

  private final Arrangements arrangements;

  AgreeArrangementDelegate(Arrangements arrangements) {
    this.arrangements = arrangements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    arrangements.agree((Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID), Actors.SYSTEM);
    execution.setVariable(CaseProcess.Vars.NEGOTIATION_OUTCOME, NegotiationVars.AGREED);
  }
}
