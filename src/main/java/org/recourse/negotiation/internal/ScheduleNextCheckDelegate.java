package org.recourse.negotiation.internal;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.recourse.casework.CaseProcess;
import org.springframework.stereotype.Component;

/**
 * Decides what monitoring waits for next: nothing when all is paid, else the next check (an installment's grace
 * period ending, or arrears growing too old).
 */
@Component("scheduleNextCheckDelegate")
public class ScheduleNextCheckDelegate implements JavaDelegate {

  private final ArrangementMonitoring monitoring;

  ScheduleNextCheckDelegate(ArrangementMonitoring monitoring) {
    this.monitoring = monitoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // A payment (or a reversal) may have brought installments up to date, or back into arrears.
    waitFor(execution, monitoring.reconcileAndLook((Long) execution.getVariable(CaseProcess.Vars.ARRANGEMENT_ID)));
  }

  /** Sets {@code arrangementPaid} and, while it is not, when to look next (at once when nothing is left to judge). */
  static void waitFor(DelegateExecution execution, ArrangementMonitoring.Look look) {
    execution.setVariable(NegotiationVars.ARRANGEMENT_PAID, look.paid());
    if (!look.paid()) {
      Date next = look.nextCheck().map(Date::from).orElseGet(ClockUtil::getCurrentTime);
      execution.setVariable(NegotiationVars.NEXT_CHECK_AT, next);
    }
  }
}
