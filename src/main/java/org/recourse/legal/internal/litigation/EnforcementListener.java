package org.recourse.legal.internal.litigation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.legal.internal.LegalProcess;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * The next step in enforcing a judgment: a garnishment, levy or lien served (the task comes back while payments
 * arrive), a settlement, or the end: nothing more to recover; recorded by {@link Litigation#record} as one command.
 */
@Component("enforcementListener")
public class EnforcementListener implements TaskListener {

  private final Litigation litigation;
  private final Actors actors;

  EnforcementListener(Litigation litigation, Actors actors) {
    this.litigation = litigation;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    EnforcementDecision decision = EnforcementDecision.from(form);
    TaskRefusal.refusing(() -> litigation.record(task.getProcessInstanceId(), decision, actors.forTask(task)));
    form.consume(EnforcementDecision.FIELDS);
    task.setVariable(LegalProcess.ENFORCEMENT_STEP, decision.step().name());
  }
}
