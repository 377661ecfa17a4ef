package org.recourse.compliance.internal.holds;

import java.util.List;
import org.recourse.casework.WorkAccountStep;
import org.recourse.compliance.Holds;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/**
 * Before a collector's work on an account is recorded: while a hold stops collection, nothing is negotiated or
 * demanded, so the form is refused and says why.
 */
@Component
public class WorkHoldCheck implements WorkAccountStep {

  private final Holds holds;

  WorkHoldCheck(Holds holds) {
    this.holds = holds;
  }

  @Override
  public int order() {
    return HOLDS;
  }

  @Override
  public List<String> fields() {
    return List.of();
  }

  @Override
  public Recording read(WorkAccount work, TaskForm form) {
    holds.of(work.caseNumber()).stream().filter(hold -> hold.isActive() && hold.pausesCollection()).findFirst()
        .ifPresent(hold -> form.problem("Collection is on hold: " + switch (hold.getKind()) {
          case BANKRUPTCY -> "the debtor filed for bankruptcy (notice of " + hold.getReceivedOn() + ")";
          case DECEASED -> "the debtor died (notice of " + hold.getReceivedOn() + ") and no representative of the"
              + " estate is named yet";
          case DISPUTE -> "the debtor disputed the debt on " + hold.getReceivedOn() + " and the answer is not sent";
          case SERVICEMEMBER -> "servicemember";
        } + ". This task can be completed once the hold is lifted."));
    return null;
  }
}
