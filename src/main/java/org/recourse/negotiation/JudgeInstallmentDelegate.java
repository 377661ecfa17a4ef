package org.recourse.negotiation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.springframework.stereotype.Component;

@Component("judgeInstallmentDelegate")
class JudgeInstallmentDelegate implements JavaDelegate {

  private final Arrangements arrangements;

  JudgeInstallmentDelegate(Arrangements arrangements) {
    this.arrangements = arrangements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long arrangementId = (Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID);
    execution.setVariable(NegotiationVars.ARRANGEMENT_BROKEN, arrangements.judgeNext(arrangementId));
  }
}
