package org.recourse.legal.internal.litigation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.legal.internal.LegalProcess;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * What the court decided while the suit waits for its decision: a hearing set (the task comes back), the judgment,
 * a dismissal, or a settlement the parties agreed; recorded by {@link Litigation#record} as one command.
 */
@Component("courtOutcomeListener")
public class CourtOutcomeListener implements TaskListener {

  private final Litigation litigation;
  private final Actors actors;

  CourtOutcomeListener(Litigation litigation, Actors actors) {
    this.litigation = litigation;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    CourtDecision decision = CourtDecision.from(form);
    TaskRefusal.refusing(() -> litigation.record(task.getExecution().getProcessBusinessKey(),
        task.getProcessInstanceId(), decision, actors.forTask(task)));
    form.consume(CourtDecision.FIELDS);
    task.setVariable(LegalProcess.COURT_OUTCOME, decision.outcome().name());
    if (decision instanceof CourtDecision.Judgment) {
      task.setVariable(LegalProcess.JUDGMENT_ENTERED, true);
    }
  }
}
