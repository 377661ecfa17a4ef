package org.recourse.legal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CollectionCases;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/** Records whether legal accepts a referral; a returned case goes back to collections with the reason. */
@Component("legalReviewListener")
class LegalReviewListener implements TaskListener {

  static final String RETURNED = "RETURNED";

  enum ReferralDecision { ACCEPT, RETURN }

  static final String REFERRAL_ACCEPTED = "referralAccepted";
  static final List<String> FIELDS = List.of("referralDecision", "returnReason");

  private final CollectionCases cases;
  private final Actors actors;

  LegalReviewListener(CollectionCases cases, Actors actors) {
    this.cases = cases;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    ReferralDecision decision = form.requiredChoice("referralDecision", ReferralDecision.class, "Referral");
    String caseNumber = task.getExecution().getProcessBusinessKey();
    if (decision == ReferralDecision.RETURN) {
      String reason = form.requiredText("returnReason", "Why it is returned", 500);
      cases.record(caseNumber, CaseEventKind.LEGAL_REVIEW, actors.forTask(task), "Returned to collections: " + reason);
      task.setVariable(CaseProcess.Vars.LEGAL_OUTCOME, RETURNED);
    } else {
      cases.record(caseNumber, CaseEventKind.LEGAL_REVIEW, actors.forTask(task), "Accepted for litigation");
    }
    task.setVariable(REFERRAL_ACCEPTED, decision == ReferralDecision.ACCEPT);
    form.consume(FIELDS);
  }
}
