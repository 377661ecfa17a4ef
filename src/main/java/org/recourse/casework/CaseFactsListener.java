package org.recourse.casework;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills a new task's form data with the case facts, and its line in the task list, as task-local variables. */
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
    task.setVariableLocal(CaseProcess.Vars.CASE_LABEL, CaseFacts.label(caseFacts));
  }
}
