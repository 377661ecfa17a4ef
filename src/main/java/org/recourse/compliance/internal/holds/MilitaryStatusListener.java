package org.recourse.compliance.internal.holds;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/**
 * The servicemember's status, checked against the DMDC: on active duty the hold stays (no default judgment without
 * the affidavit); not on active duty it lifts. Recorded as one command.
 */
@Component("militaryStatusListener")
public class MilitaryStatusListener implements TaskListener {

  private final HoldWork work;
  private final Actors actors;

  MilitaryStatusListener(HoldWork work, Actors actors) {
    this.work = work;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    work.record(task.getExecution().getProcessBusinessKey(), MilitaryStatus.from(form), actors.forTask(task));
    form.consume(MilitaryStatus.FIELDS);
  }
}
