package org.recourse.legal.internal.litigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.legal.internal.LegalOutcome;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

@Component("concludeLitigationDelegate")
public class ConcludeLitigationDelegate implements JavaDelegate {

  private final Litigation litigation;

  ConcludeLitigationDelegate(Litigation litigation) {
    this.litigation = litigation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    litigation.conclude(execution.getProcessInstanceId(),
        LegalOutcome.valueOf((String) execution.getVariable(CaseProcess.Vars.LEGAL_OUTCOME)), Actors.SYSTEM);
  }
}
