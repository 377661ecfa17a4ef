package org.recourse.compliance;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Before a collector's work on an account is recorded: while a hold stops collection, nothing is negotiated or
 * demanded, so the task stays open and says why.
 */
@Component("holdCheckListener")
class HoldCheckListener implements TaskListener {

  private final Holds holds;

  HoldCheckListener(Holds holds) {
    this.holds = holds;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    holds.of(caseNumber).stream().filter(hold -> hold.isActive() && hold.pausesCollection()).findFirst()
        .ifPresent(hold -> {
          throw new TaskRefusal("Collection is on hold: " + switch (hold.getKind()) {
            case BANKRUPTCY -> "the debtor filed for bankruptcy (notice of " + hold.getReceivedOn() + ")";
            case DECEASED -> "the debtor died (notice of " + hold.getReceivedOn() + ") and no representative of the"
                + " estate is named yet";
            case DISPUTE -> "the debtor disputed the debt on " + hold.getReceivedOn() + " and the answer is not sent";
            case SERVICEMEMBER -> "servicemember";
          } + ". This task can be completed once the hold is lifted.");
        });
  }
}
