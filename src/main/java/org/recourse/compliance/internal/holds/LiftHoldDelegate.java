package org.recourse.compliance.internal.holds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

/** Lifts the hold a step of the spine ends (inputs {@code holdKind} and {@code liftReason}). */
@Component("liftHoldDelegate")
public class LiftHoldDelegate implements JavaDelegate {

  private final Holds holds;

  LiftHoldDelegate(Holds holds) {
    this.holds = holds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    holds.liftOldest(execution.getProcessBusinessKey(),
        HoldKind.valueOf((String) execution.getVariable("holdKind")),
        (String) execution.getVariable("liftReason"), Actors.SYSTEM);
  }
}
