package org.recourse.casework.internal;

import static org.recourse.casework.CaseProcess.Vars;

import java.util.List;
import java.util.Map;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseworkSettings;
import org.recourse.casework.CollectionCases;
import org.recourse.casework.ContactOutcome;
import org.recourse.casework.WorkAccountStep;
import org.recourse.payment.PaymentReferenceConflictException;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * Records what came of working the account and sets the routing facts the spine branches on
 * ({@code contactOutcome}, {@code contactAttemptsExhausted}). Terms of a promise, plan or settlement are the
 * negotiation feature's to check, in the step that comes next.
 */
@Component
public class WorkOutcome implements WorkAccountStep {

  private final CollectionCases cases;
  private final CaseworkSettings settings;

  WorkOutcome(CollectionCases cases, CaseworkSettings settings) {
    this.cases = cases;
    this.settings = settings;
  }

  @Override
  public int order() {
    return OUTCOME;
  }

  @Override
  public List<String> fields() {
    return List.of("paymentReference");
  }

  @Override
  public Recording read(WorkAccount work, TaskForm form) {
    ContactOutcome outcome = work.outcome();
    String paymentReference = outcome == ContactOutcome.PAID_IN_FULL
        ? form.requiredText("paymentReference", "Payment reference", 100) : null;
    if (outcome == null || outcome == ContactOutcome.PAID_IN_FULL && paymentReference == null) {
      return null;
    }
    return () -> record(work, paymentReference);
  }

  private Map<String, Object> record(WorkAccount work, String paymentReference) {
    String caseNumber = work.caseNumber();
    if (!Actors.SYSTEM.equals(work.actor())) {
      cases.assign(caseNumber, work.actor());
    }
    boolean attemptsExhausted = false;
    switch (work.outcome()) {
      case PAID_IN_FULL -> takeFullPayment(caseNumber, paymentReference, work.actor());
      case NO_CONTACT -> attemptsExhausted = cases.countContactAttempt(caseNumber) >= settings.getMaxContactAttempts();
      default -> cases.resetContactAttempts(caseNumber);
    }
    cases.record(caseNumber, CaseEventKind.CONTACT_OUTCOME, work.actor(),
        work.outcome().label() + (work.notes() == null ? "" : ": " + work.notes()));
    return Map.of(Vars.CONTACT_OUTCOME, work.outcome().name(), Vars.CONTACT_ATTEMPTS_EXHAUSTED, attemptsExhausted);
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
