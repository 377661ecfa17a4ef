package org.recourse.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.legal.LegalProcess.CourtOutcome;
import org.recourse.platform.Actors;
import org.recourse.platform.ConflictException;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * What the court decided while the suit waits for its decision: a hearing set (the task comes back), the judgment,
 * a dismissal, or a settlement the parties agreed.
 */
@Component("courtOutcomeListener")
class CourtOutcomeListener implements TaskListener {

  static final List<String> FIELDS = List.of("decision", "hearingDate", "hearingTime", "hearingPurpose",
      "judgmentDate", "judgmentAmount", "judgmentCosts", "judgmentInterest", "dismissedOn", "dismissalReason",
      "settlementAmount", "settlementPayBy");

  private final Litigation litigation;
  private final Actors actors;

  CourtOutcomeListener(Litigation litigation, Actors actors) {
    this.litigation = litigation;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    CourtOutcome outcome = form.requiredChoice("decision", CourtOutcome.class, "What the court decided");
    String process = task.getProcessInstanceId();
    String actor = actors.forTask(task);
    Runnable record = outcome == null ? null : switch (outcome) {
      case HEARING_SET -> {
        LocalDate day = form.requiredDate("hearingDate", "Hearing on");
        LocalTime time = form.requiredTime("hearingTime", "Hearing time");
        String purpose = form.requiredText("hearingPurpose", "What the hearing is for", 200);
        yield () -> litigation.scheduleHearing(task.getExecution().getProcessBusinessKey(), day, time, purpose, actor);
      }
      case JUDGMENT -> {
        LocalDate day = form.requiredDate("judgmentDate", "Judgment of");
        BigDecimal amount = form.requiredAmount("judgmentAmount", "Judgment amount");
        BigDecimal costs = form.amountOrZero("judgmentCosts", "Costs awarded");
        BigDecimal interest = form.amountOrZero("judgmentInterest", "Interest awarded");
        yield () -> litigation.recordJudgment(process, day, amount, costs, interest, actor);
      }
      case DISMISSED -> {
        LocalDate day = form.requiredDate("dismissedOn", "Dismissed on");
        String reason = form.requiredText("dismissalReason", "Why the court dismissed it", 500);
        yield () -> litigation.dismiss(process, day, reason, actor);
      }
      case SETTLED -> {
        BigDecimal amount = form.requiredAmount("settlementAmount", "Settlement amount");
        LocalDate payBy = form.requiredDate("settlementPayBy", "To be paid by");
        yield () -> litigation.recordSettlement(process, amount, payBy, actor);
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
    task.setVariable(LegalProcess.COURT_OUTCOME, outcome.name());
    if (outcome == CourtOutcome.JUDGMENT) {
      task.setVariable(LegalProcess.JUDGMENT_ENTERED, true);
    }
  }
}
