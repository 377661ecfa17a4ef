package org.recourse.casework;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Fills a new task's form data with the case facts (a task-local variable) and names the task after its case,
 * "Work the account · RC-0000042 · Maria Lopez · $2,385.00", so that cases are told apart in Tasklist's list.
 */
@Component("caseFactsListener")
class CaseFactsListener implements TaskListener {

  private final CaseFacts facts;

  CaseFactsListener(CaseFacts facts) {
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> caseFacts = facts.of(task.getExecution().getProcessBusinessKey());
    task.setVariableLocal(CaseProcess.Vars.CASE_FACTS, facts.asVariable(caseFacts));
    task.setName(task.getName() + " · " + CaseFacts.label(caseFacts));
  }
}
