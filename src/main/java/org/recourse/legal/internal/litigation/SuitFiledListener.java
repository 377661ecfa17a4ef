package org.recourse.legal.internal.litigation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/** Completes the file-suit task: the suit as filed, and its first hearing, recorded by one command. */
@Component("suitFiledListener")
public class SuitFiledListener implements TaskListener {

  private final Litigation litigation;
  private final Actors actors;

  SuitFiledListener(Litigation litigation, Actors actors) {
    this.litigation = litigation;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    SuitFiled suit = SuitFiled.from(form);
    TaskRefusal.refusing(() -> litigation.record(task.getExecution().getProcessBusinessKey(),
        task.getProcessInstanceId(), suit, actors.forTask(task)));
    form.consume(SuitFiled.FIELDS);
  }
}
