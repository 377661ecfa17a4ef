package org.recourse.casework;

import static org.recourse.casework.CaseProcess.Vars;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.payment.PaymentReferenceConflictException;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Records what came of working the account when the collector completes the task, and sets the routing facts
 * the spine branches on ({@code contactOutcome}, {@code contactAttemptsExhausted}). Terms of a promise, plan or
 * settlement are the negotiation feature's to check, in the listener that runs next.
 */
@Component("contactOutcomeListener")
class ContactOutcomeListener implements TaskListener {

  /** The work-account form's fields this listener reads. */
  static final List<String> FIELDS = List.of("outcome", "notes", "paymentReference");

  private final CollectionCases cases;
  private final CaseworkSettings settings;
  private final Actors actors;

  ContactOutcomeListener(CollectionCases cases, CaseworkSettings settings, Actors actors) {
    this.cases = cases;
    this.settings = settings;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    TaskForm form = TaskForm.of(task);
    ContactOutcome outcome = form.requiredChoice("outcome", ContactOutcome.class, "Outcome of this contact");
    String notes = form.optionalText("notes", "Notes", 1500);
    String paymentReference = outcome == ContactOutcome.PAID_IN_FULL
        ? form.requiredText("paymentReference", "Payment reference", 100) : null;
    form.refuseIfAnyProblem();
    String actor = actors.forTask(task);
    if (!Actors.SYSTEM.equals(actor)) {
      cases.assign(caseNumber, actor);
    }

    boolean attemptsExhausted = false;
    switch (outcome) {
      case PAID_IN_FULL -> takeFullPayment(caseNumber, paymentReference, actor);
      case NO_CONTACT -> attemptsExhausted = cases.countContactAttempt(caseNumber) >= settings.getMaxContactAttempts();
      default -> cases.resetContactAttempts(caseNumber);
    }
    task.setVariable(Vars.CONTACT_OUTCOME, outcome.name());
    task.setVariable(Vars.CONTACT_ATTEMPTS_EXHAUSTED, attemptsExhausted);
    cases.record(caseNumber, CaseEventKind.CONTACT_OUTCOME, actor,
        outcome.label() + (notes == null ? "" : ": " + notes));
    form.consume(FIELDS);
  }

  private void takeFullPayment(String caseNumber, String reference, String actor) {
    if (cases.balance(caseNumber).signum() <= 0) {
      return;
    }
    try {
      cases.takeFullPayment(caseNumber, reference, actor);
    } catch (PaymentReferenceConflictException e) {
      throw new TaskRefusal("Payment reference " + reference + " was already used for another payment.");
    }
  }
}
