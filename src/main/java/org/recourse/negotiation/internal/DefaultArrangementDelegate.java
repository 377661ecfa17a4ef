package org.recourse.negotiation.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.negotiation.internal.ArrangementMonitoring;
import org.springframework.stereotype.Component;

@Component("defaultArrangementDelegate")
public class DefaultArrangementDelegate implements JavaDelegate {

  private final ArrangementMonitoring monitoring;

  DefaultArrangementDelegate(ArrangementMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long arrangementId = (Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID);
    execution.setVariable(CaseProcess.Vars.MONITORING_OUTCOME, monitoring.breakOff(arrangementId));
    execution.setVariable(CaseProcess.Vars.RENEGOTIATION_ALLOWED, monitoring.renegotiationAllowed(arrangementId));
  }
}
