package org.recourse.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CollectionCases;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

/**
 * Keeps the case's business status in step with the process: the models call
 * {@code ${caseLifecycle.enter(execution, 'NEGOTIATING')}} as a stage starts.
 */
@Component("caseLifecycle")
public class CaseLifecycle {

  private final CollectionCases cases;
  private final Actors actors;

  CaseLifecycle(CollectionCases cases, Actors actors) {
    this.cases = cases;
    this.actors = actors;
  }

  public void enter(DelegateExecution execution, String status) {
    cases.moveTo(execution.getProcessBusinessKey(), CaseStatus.valueOf(status), actors.current());
  }
}
