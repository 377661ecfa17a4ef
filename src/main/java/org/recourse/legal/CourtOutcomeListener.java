package org.recourse.legal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.legal.LegalProcess.CourtOutcome;
import org.recourse.platform.Actors;
import org.recourse.platform.ConflictException;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/**
 * What the court decided while the suit waits for its decision: a hearing set (the task comes back), the judgment,
 * a dismissal, or a settlement the parties agreed.
 */
@Component("courtOutcomeListener")
class CourtOutcomeListener implements TaskListener {

  static final List<String> FIELDS = List.of("decision", "hearingDate", "hearingTime", "hearingPurpose",
      "judgmentDate", "judgmentAmount", "judgmentCosts", "judgmentInterest", "dismissedOn", "dismissalReason",
      "settlementAmount", "settlementPayBy");

  private final Litigation litigation;
  private final Actors actors;

  CourtOutcomeListener(Litigation litigation, Actors actors) {
    this.litigation = litigation;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    CourtOutcome outcome = form.requiredChoice("decision", CourtOutcome.class, "What the court decided");
    String process = task.getProcessInstanceId();
    String actor = actors.forTask(task);
    try {
      switch (outcome) {
        case HEARING_SET -> litigation.scheduleHearing(task.getExecution().getProcessBusinessKey(),
            form.requiredDate("hearingDate", "Hearing on"), form.requiredTime("hearingTime", "Hearing time"),
            form.requiredText("hearingPurpose", "What the hearing is for", 200), actor);
        case JUDGMENT -> litigation.recordJudgment(process, form.requiredDate("judgmentDate", "Judgment of"),
            form.requiredAmount("judgmentAmount", "Judgment amount"),
            form.amountOrZero("judgmentCosts", "Costs awarded"),
            form.amountOrZero("judgmentInterest", "Interest awarded"), actor);
        case DISMISSED -> litigation.dismiss(process, form.requiredDate("dismissedOn", "Dismissed on"),
            form.requiredText("dismissalReason", "Why the court dismissed it", 500), actor);
        case SETTLED -> litigation.recordSettlement(process,
            form.requiredAmount("settlementAmount", "Settlement amount"),
            form.requiredDate("settlementPayBy", "To be paid by"), actor);
      }
    } catch (InputRejectedException rejected) {
      throw LegalForms.refusal(rejected);
    } catch (ConflictException conflict) {
      throw LegalForms.refusal(conflict);
    }
    form.consume(FIELDS);
    task.setVariable(LegalProcess.COURT_OUTCOME, outcome.name());
    if (outcome == CourtOutcome.JUDGMENT) {
      task.setVariable(LegalProcess.JUDGMENT_ENTERED, true);
    }
  }
}
