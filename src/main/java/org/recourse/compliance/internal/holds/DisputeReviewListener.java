package org.recourse.compliance.internal.holds;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CloseReason;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/**
 * Completes the dispute review: the creditor's verification, recorded as one command. Verified, the answer goes out;
 * not verifiable, collection ends.
 */
@Component("disputeReviewListener")
public class DisputeReviewListener implements TaskListener {

  static final String DEBT_VERIFIED = "debtVerified";

  private final HoldWork work;
  private final Actors actors;

  DisputeReviewListener(HoldWork work, Actors actors) {
    this.work = work;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    String caseNumber = task.getExecution().getProcessBusinessKey();
    DisputeVerification verification = DisputeVerification.from(form, work.requested(caseNumber));
    work.record(caseNumber, verification, actors.forTask(task));
    task.setVariable(DEBT_VERIFIED, verification.verified());
    if (!verification.verified()) {
      task.setVariable(CaseProcess.Vars.CLOSE_REASON, CloseReason.DISPUTE_UNVERIFIED.name());
    }
    form.consume(DisputeVerification.FIELDS);
  }
}
