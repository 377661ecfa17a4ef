package org.recourse.casework;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Fills a new task's form data with the case facts, as a task-local variable. */
@Component("caseFactsListener")
class CaseFactsListener implements TaskListener {

  private final CaseFacts facts;

  CaseFactsListener(CaseFacts facts) {
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(CaseProcess.Vars.CASE_FACTS, facts.asVariable(task.getExecution().getProcessBusinessKey()));
  }
}
