package org.recourse.negotiation.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.negotiation.Arrangements;
import org.springframework.stereotype.Component;

@Component("completeArrangementDelegate")
public class CompleteArrangementDelegate implements JavaDelegate {

  private final Arrangements arrangements;

  CompleteArrangementDelegate(Arrangements arrangements) {
    this.arrangements = arrangements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Arrangements.Completion completion =
        arrangements.complete((Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID));
    execution.setVariable(CaseProcess.Vars.MONITORING_OUTCOME, completion.monitoringOutcome());
    execution.setVariable(CaseProcess.Vars.CLOSE_REASON, completion.closeReason());
  }
}
