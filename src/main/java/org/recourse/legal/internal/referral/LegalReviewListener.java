package org.recourse.legal.internal.referral;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.legal.internal.LegalProcess;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/** Records whether legal accepts a referral; a returned case goes back to collections with the reason. */
@Component("legalReviewListener")
public class LegalReviewListener implements TaskListener {

  enum Review { ACCEPT, RETURN }

  static final List<String> FIELDS = List.of("review", "returnReason");

  private final LegalReferrals referrals;
  private final Actors actors;

  LegalReviewListener(LegalReferrals referrals, Actors actors) {
    this.referrals = referrals;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    Review review = form.requiredChoice("review", Review.class, "Referral");
    String reason = review == Review.RETURN ? form.requiredText("returnReason", "Why it is returned", 500) : null;
    form.refuseIfAnyProblem();
    referrals.review(task.getProcessInstanceId(), review == Review.ACCEPT, reason, actors.forTask(task));
    form.consume(FIELDS);
    task.setVariable(LegalProcess.REFERRAL_ACCEPTED, review == Review.ACCEPT);
  }
}
