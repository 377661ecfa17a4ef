package org.recourse.legal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.legal.LegalProcess.EnforcementStep;
import org.recourse.platform.Actors;
import org.recourse.platform.ConflictException;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/**
 * The next step in enforcing a judgment: a garnishment, levy or lien served (the task comes back while payments
 * arrive), a settlement, or the end: nothing more to recover.
 */
@Component("enforcementListener")
class EnforcementListener implements TaskListener {

  static final List<String> FIELDS = List.of("step", "enforcementKind", "garnishee", "servedOn", "enforcementDetail",
      "settlementAmount", "settlementPayBy", "uncollectableReason");

  private final Litigation litigation;
  private final Actors actors;

  EnforcementListener(Litigation litigation, Actors actors) {
    this.litigation = litigation;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    EnforcementStep step = form.requiredChoice("step", EnforcementStep.class, "Next step");
    String process = task.getProcessInstanceId();
    String actor = actors.forTask(task);
    try {
      switch (step) {
        case ENFORCEMENT -> litigation.recordEnforcement(process,
            form.requiredChoice("enforcementKind", EnforcementKind.class, "Enforcement"),
            form.optionalText("garnishee", "Garnishee", 200), form.requiredDate("servedOn", "Served on"),
            form.optionalText("enforcementDetail", "Details", 500), actor);
        case SETTLED -> litigation.recordSettlement(process,
            form.requiredAmount("settlementAmount", "Settlement amount"),
            form.requiredDate("settlementPayBy", "To be paid by"), actor);
        case UNCOLLECTABLE -> litigation.giveUp(process,
            form.requiredText("uncollectableReason", "Why nothing more can be recovered", 500), actor);
      }
    } catch (InputRejectedException rejected) {
      throw LegalForms.refusal(rejected);
    } catch (ConflictException conflict) {
      throw LegalForms.refusal(conflict);
    }
    form.consume(FIELDS);
    task.setVariable(LegalProcess.ENFORCEMENT_STEP, step.name());
  }
}
