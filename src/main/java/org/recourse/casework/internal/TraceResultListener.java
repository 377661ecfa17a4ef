package org.recourse.casework.internal;

import static org.recourse.casework.CaseProcess.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/** Completes the trace task: the form's result, recorded as one command; routes on whether the debtor was found. */
@Component("traceResultListener")
public class TraceResultListener implements TaskListener {

  private final Tracing tracing;
  private final Actors actors;

  TraceResultListener(Tracing tracing, Actors actors) {
    this.tracing = tracing;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    TraceResult result = TraceResult.from(form);
    tracing.record(task.getExecution().getProcessBusinessKey(), result, actors.forTask(task));
    task.setVariable(Vars.DEBTOR_LOCATED, result.located());
    form.consume(TraceResult.FIELDS);
  }
}
