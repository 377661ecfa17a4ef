package org.recourse.negotiation.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.negotiation.internal.ArrangementMonitoring;
import org.springframework.stereotype.Component;

@Component("completeArrangementDelegate")
public class CompleteArrangementDelegate implements JavaDelegate {

  private final ArrangementMonitoring monitoring;

  CompleteArrangementDelegate(ArrangementMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArrangementMonitoring.Completion completion =
        monitoring.complete((Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID));
    execution.setVariable(CaseProcess.Vars.MONITORING_OUTCOME, completion.monitoringOutcome());
    execution.setVariable(CaseProcess.Vars.CLOSE_REASON, completion.closeReason());
  }
}
