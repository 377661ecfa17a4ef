package org.recourse.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.legal.LegalProcess.EnforcementStep;
import org.recourse.legal.internal.EnforcementKind;
import org.recourse.platform.Actors;
import org.recourse.platform.ConflictException;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
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
    Runnable record = step == null ? null : switch (step) {
      case ENFORCEMENT -> {
        EnforcementKind kind = form.requiredChoice("enforcementKind", EnforcementKind.class, "Enforcement");
        String garnishee = form.optionalText("garnishee", "Garnishee", 200);
        LocalDate servedOn = form.requiredDate("servedOn", "Served on");
        String detail = form.optionalText("enforcementDetail", "Details", 500);
        yield () -> litigation.recordEnforcement(process, kind, garnishee, servedOn, detail, actor);
      }
      case SETTLED -> {
        BigDecimal amount = form.requiredAmount("settlementAmount", "Settlement amount");
        LocalDate payBy = form.requiredDate("settlementPayBy", "To be paid by");
        yield () -> litigation.recordSettlement(process, amount, payBy, actor);
      }
      case UNCOLLECTABLE -> {
        String reason = form.requiredText("uncollectableReason", "Why nothing more can be recovered", 500);
        yield () -> litigation.giveUp(process, reason, actor);
      }
    };
    form.refuseIfAnyProblem();
    try {
      record.run();
    } catch (InputRejectedException rejected) {
      throw TaskRefusal.of(rejected);
    } catch (ConflictException conflict) {
      throw TaskRefusal.of(conflict);
    }
    form.consume(FIELDS);
    task.setVariable(LegalProcess.ENFORCEMENT_STEP, step.name());
  }
}
