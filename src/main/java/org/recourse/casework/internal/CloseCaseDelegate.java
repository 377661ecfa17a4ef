package org.recourse.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CloseReason;
import org.recourse.casework.CollectionCases;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

/** Closes the case with the reason the model gives as the input {@code closeReason}. Closing twice is harmless. */
@Component("closeCaseDelegate")
public class CloseCaseDelegate implements JavaDelegate {

  private final CollectionCases cases;

  CloseCaseDelegate(CollectionCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CloseReason reason = CloseReason.valueOf((String) execution.getVariable(CaseProcess.Vars.CLOSE_REASON));
    cases.close(execution.getProcessBusinessKey(), reason, Actors.SYSTEM, null);
  }
}
