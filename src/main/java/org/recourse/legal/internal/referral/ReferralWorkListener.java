package org.recourse.legal.internal.referral;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/** The collector did the work a manager asked for before deciding a referral: what was done, for the manager. */
@Component("referralWorkListener")
public class ReferralWorkListener implements TaskListener {

  static final List<String> FIELDS = List.of("workDone");

  private final LegalReferrals referrals;
  private final Actors actors;

  ReferralWorkListener(LegalReferrals referrals, Actors actors) {
    this.referrals = referrals;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    String done = form.requiredText("workDone", "What was done", 1500);
    form.refuseIfAnyProblem();
    referrals.workDone(task.getProcessInstanceId(), done, actors.forTask(task));
    form.consume(FIELDS);
  }
}
