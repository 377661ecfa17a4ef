package org.recourse.legal.internal.referral;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.legal.internal.LegalProcess;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * A manager's decision on a referral: approve, reject with the reason (back to collections), or send back to the
 * collector with the work needed first.
 */
@Component("referralApprovalListener")
public class ReferralApprovalListener implements TaskListener {

  static final List<String> FIELDS = List.of("approval", "approvalNote");

  private final LegalReferrals referrals;
  private final Actors actors;

  ReferralApprovalListener(LegalReferrals referrals, Actors actors) {
    this.referrals = referrals;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    ReferralDecision decision = form.requiredChoice("approval", ReferralDecision.class, "Decision");
    String note = form.optionalText("approvalNote", "Reason", 500);
    if (note == null && decision == ReferralDecision.REJECTED) {
      form.problem("Say why the referral is rejected: the collector reads it.");
    }
    if (note == null && decision == ReferralDecision.SENT_BACK) {
      form.problem("Say what work the collector is to do before the referral comes back.");
    }
    form.refuseIfAnyProblem();
    TaskRefusal.refusing(() -> referrals.decide(task.getProcessInstanceId(), decision, note, actors.forTask(task)));
    form.consume(FIELDS);
    task.setVariable(LegalProcess.REFERRAL_DECISION, decision.name());
  }
}
