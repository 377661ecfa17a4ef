package org.recourse.compliance.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CloseReason;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.Hold;
import org.recourse.compliance.Holds;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * What the collector found when verifying a dispute with the creditor: verified (with the original creditor's name
 * and address when that was asked for), so the answer goes out; or not verifiable, which ends collection.
 */
@Component("disputeReviewListener")
public class DisputeReviewListener implements TaskListener {

  static final String DEBT_VERIFIED = "debtVerified";
  static final List<String> FIELDS = List.of("verification", "originalCreditorName", "originalCreditorAddress",
      "notes");

  enum Verification { VERIFIED, NOT_VERIFIABLE }

  private final Holds holds;
  private final CollectionCases cases;
  private final Actors actors;

  DisputeReviewListener(Holds holds, CollectionCases cases, Actors actors) {
    this.holds = holds;
    this.cases = cases;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    String caseNumber = task.getExecution().getProcessBusinessKey();
    String actor = actors.forTask(task);
    Verification verification = form.requiredChoice("verification", Verification.class, "The verification");
    String notes = form.optionalText("notes", "Notes", 1500);
    Hold dispute = holds.openDispute(caseNumber).or(() -> holds.latestDispute(caseNumber))
        .orElseThrow(() -> new TaskRefusal("Case " + caseNumber + " has no dispute to verify."));
    boolean answerWithOriginalCreditor = verification == Verification.VERIFIED
        && dispute.getDisputeRequest() == DisputeRequest.ORIGINAL_CREDITOR;
    String creditorName = null;
    String creditorAddress = null;
    if (answerWithOriginalCreditor) {
      creditorName = form.requiredText("originalCreditorName", "The original creditor's name", 200);
      creditorAddress = form.requiredText("originalCreditorAddress", "The original creditor's address", 500);
    }
    form.refuseIfAnyProblem();
    if (answerWithOriginalCreditor) {
      holds.answerWithOriginalCreditor(caseNumber, creditorName, creditorAddress, actor);
    }
    cases.record(caseNumber, CaseEventKind.HOLD_WORKED, actor, (verification == Verification.VERIFIED
        ? "Debt verified with the creditor; the answer goes out" : "The creditor could not verify the debt; "
        + "collection ends") + (notes == null ? "" : " — " + notes));
    task.setVariable(DEBT_VERIFIED, verification == Verification.VERIFIED);
    if (verification == Verification.NOT_VERIFIABLE) {
      task.setVariable(CaseProcess.Vars.CLOSE_REASON, CloseReason.DISPUTE_UNVERIFIED.name());
    }
    form.consume(FIELDS);
  }
}
