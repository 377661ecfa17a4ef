package org.recourse.negotiation;

import static org.recourse.casework.CaseProcess.Vars;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.ContactOutcome;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * When a collector records a promise, a plan request or a settlement request, checks the terms on the form and
 * records the proposal; terms that cannot be arranged refuse the form with the reason.
 */
@Component("arrangementProposalListener")
class ArrangementProposalListener implements TaskListener {

  static final List<String> FIELDS = List.of("promiseAmount", "promiseDate", "planInstallments", "planFrequency",
      "planFirstDate", "settlementAmount", "settlementDate");

  private final Arrangements arrangements;
  private final Actors actors;

  ArrangementProposalListener(Arrangements arrangements, Actors actors) {
    this.arrangements = arrangements;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    // Set by the contact outcome listener, which runs first.
    ContactOutcome outcome = ContactOutcome.valueOf((String) task.getVariable(Vars.CONTACT_OUTCOME));
    if (!outcome.leadsToNegotiation()) {
      form.consume(FIELDS);
      return;
    }
    String caseNumber = task.getExecution().getProcessBusinessKey();
    String actor = actors.forTask(task);
    try {
      Arrangement proposed = switch (outcome) {
        case PROMISE_TO_PAY -> arrangements.proposePromise(caseNumber,
            form.requiredAmount("promiseAmount", "Promised amount"), form.requiredDate("promiseDate", "Promise date"),
            actor);
        case PLAN_REQUESTED -> arrangements.proposePlan(caseNumber,
            form.requiredWholeNumber("planInstallments", "Number of installments"),
            form.requiredChoice("planFrequency", Frequency.class, "Frequency"),
            form.requiredDate("planFirstDate", "First installment date"), actor);
        case SETTLEMENT_REQUESTED -> arrangements.proposeSettlement(caseNumber,
            form.requiredAmount("settlementAmount", "Settlement amount"),
            form.requiredDate("settlementDate", "Settlement date"), actor);
        default -> throw new IllegalStateException(outcome + " is not negotiated");
      };
      task.setVariable(Vars.ARRANGEMENT_ID, proposed.getId());
    } catch (InvalidArrangementException e) {
      throw new TaskRefusal(e.getMessage());
    }
    form.consume(FIELDS);
  }
}
