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

@Component("legalOutcomeListener")
class LegalOutcomeListener implements TaskListener {

  static final List<String> FIELDS = List.of("outcome", "notes");

  private final CollectionCases cases;
  private final Actors actors;

  LegalOutcomeListener(CollectionCases cases, Actors actors) {
    this.cases = cases;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    LegalOutcome outcome = form.requiredChoice("outcome", LegalOutcome.class, "Outcome");
    String notes = form.optionalText("notes", "Notes", 1500);
    cases.record(task.getExecution().getProcessBusinessKey(), CaseEventKind.LEGAL_OUTCOME, actors.forTask(task),
        outcome + (notes == null ? "" : ": " + notes));
    task.setVariable(CaseProcess.Vars.LEGAL_OUTCOME, outcome.name());
    form.consume(FIELDS);
  }
}
