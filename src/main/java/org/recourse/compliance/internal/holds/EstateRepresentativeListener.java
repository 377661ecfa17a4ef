package org.recourse.compliance.internal.holds;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CloseReason;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/**
 * The person authorised for a deceased debtor's estate: once named, the death's hold lifts and only they are
 * contacted; with no estate to collect from, collection ends. Recorded as one command.
 */
@Component("estateRepresentativeListener")
public class EstateRepresentativeListener implements TaskListener {

  static final String REPRESENTATIVE_NAMED = "representativeNamed";

  private final HoldWork work;
  private final Actors actors;

  EstateRepresentativeListener(HoldWork work, Actors actors) {
    this.work = work;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    EstateFinding finding = EstateFinding.from(form);
    work.record(task.getExecution().getProcessBusinessKey(), finding, actors.forTask(task));
    if (!finding.representativeNamed()) {
      task.setVariable(CaseProcess.Vars.CLOSE_REASON, CloseReason.DECEASED.name());
    }
    task.setVariable(REPRESENTATIVE_NAMED, finding.representativeNamed());
    form.consume(EstateFinding.FIELDS);
  }
}
