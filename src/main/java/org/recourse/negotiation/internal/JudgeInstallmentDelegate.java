package org.recourse.negotiation.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.springframework.stereotype.Component;

/**
 * Judges the installment whose check fell due and, unless that broke the arrangement, finds what monitoring waits for
 * next, in the same transaction (the timer's job): one job per check when thousands fall due on one day.
 */
@Component("judgeInstallmentDelegate")
public class JudgeInstallmentDelegate implements JavaDelegate {

  private final ArrangementMonitoring monitoring;

  JudgeInstallmentDelegate(ArrangementMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArrangementMonitoring.Look look = monitoring.judgeNext((Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID));
    execution.setVariable(NegotiationVars.ARRANGEMENT_BROKEN, look.broken());
    if (!look.broken()) {
      ScheduleNextCheckDelegate.waitFor(execution, look);
    }
  }
}
