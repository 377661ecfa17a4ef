package org.recourse.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseProcess;
import org.springframework.stereotype.Component;

/**
 * Gives a new task its case's facts to show on the form (a task-local variable that {@link CaseFacts} serves when
 * the form is opened) and names the task after its case, "Work the account · RC-0000042 · Maria Lopez · $2,385.00",
 * so that cases are told apart in Tasklist's list.
 */
@Component("caseFactsListener")
public class CaseFactsListener implements TaskListener {

  private final CaseFacts facts;

  CaseFactsListener(CaseFacts facts) {
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    task.setVariableLocal(CaseFacts.VARIABLE, CaseFacts.asVariable(caseNumber));
    // A case's first task, created by its placement, is named from the placement (CollectionCases.open).
    Object known = task.getExecution().getVariable(CaseProcess.Vars.CASE_LABEL);
    task.setName(task.getName() + " · " + (known instanceof String label ? label : facts.label(caseNumber)));
  }
}
