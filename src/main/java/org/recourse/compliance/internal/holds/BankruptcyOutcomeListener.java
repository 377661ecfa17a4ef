package org.recourse.compliance.internal.holds;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CloseReason;
import org.recourse.casework.CollectionCases;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/** How the bankruptcy ended, as the manager following it records it: dismissed (collection resumes) or discharged. */
@Component("bankruptcyOutcomeListener")
public class BankruptcyOutcomeListener implements TaskListener {

  static final String DISCHARGED = "bankruptcyDischarged";
  static final List<String> FIELDS = List.of("bankruptcyOutcome", "notes");

  enum Outcome { DISMISSED, DISCHARGED }

  private final CollectionCases cases;
  private final Actors actors;

  BankruptcyOutcomeListener(CollectionCases cases, Actors actors) {
    this.cases = cases;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    Outcome outcome = form.requiredChoice("bankruptcyOutcome", Outcome.class, "How the bankruptcy ended");
    String notes = form.requiredText("notes", "The court's order (date, docket entry)", 1500);
    form.refuseIfAnyProblem();
    cases.record(task.getExecution().getProcessBusinessKey(), CaseEventKind.HOLD_WORKED, actors.forTask(task),
        "Bankruptcy " + outcome.name().toLowerCase() + ": " + notes);
    task.setVariable(DISCHARGED, outcome == Outcome.DISCHARGED);
    if (outcome == Outcome.DISCHARGED) {
      task.setVariable(CaseProcess.Vars.CLOSE_REASON, CloseReason.BANKRUPTCY_DISCHARGED.name());
    }
    form.consume(FIELDS);
  }
}
