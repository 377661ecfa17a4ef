package org.recourse.casework.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.ContactOutcome;
import org.recourse.casework.WorkAccountStep;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Completes the work-account task as one command: the features' {@link WorkAccountStep}s read the form, then record
 * in their stated order; every problem any of them found, in the fields or in the act, refuses the form at once,
 * and the task's transaction takes back whatever an earlier step had recorded.
 */
@Component("workAccountListener")
public class WorkAccountListener implements TaskListener {

  private static final List<String> FIELDS = List.of("outcome", "notes");

  private final List<WorkAccountStep> steps;
  private final Actors actors;

  WorkAccountListener(List<WorkAccountStep> steps, Actors actors) {
    this.steps = steps.stream().sorted(Comparator.comparingInt(WorkAccountStep::order)).toList();
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    WorkAccountStep.WorkAccount work = new WorkAccountStep.WorkAccount(task.getExecution().getProcessBusinessKey(),
        actors.forTask(task), form.requiredChoice("outcome", ContactOutcome.class, "Outcome of this contact"),
        form.optionalText("notes", "Notes", 1500));
    List<WorkAccountStep.Recording> recordings = steps.stream().map(step -> step.read(work, form))
        .filter(Objects::nonNull).toList();
    List<String> refused = new ArrayList<>();
    for (WorkAccountStep.Recording recording : recordings) {
      try {
        task.setVariables(recording.record());
      } catch (TaskRefusal refusal) {
        refused.addAll(refusal.problems());
      }
    }
    refused.forEach(form::problem);
    form.refuseIfAnyProblem();
    form.consume(Stream.concat(FIELDS.stream(), steps.stream().flatMap(step -> step.fields().stream())).toList());
  }
}
