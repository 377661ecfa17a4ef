package org.recourse.legal.internal.litigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.legal.internal.LegalProcess;
import org.springframework.stereotype.Component;

@Component("remindHearingDelegate")
public class RemindHearingDelegate implements JavaDelegate {

  private final Litigation litigation;

  RemindHearingDelegate(Litigation litigation) {
    this.litigation = litigation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    litigation.remindHearing(((Number) execution.getVariable(LegalProcess.HEARING_ID)).longValue());
  }
}
