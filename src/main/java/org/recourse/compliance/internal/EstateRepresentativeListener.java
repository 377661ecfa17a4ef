package org.recourse.compliance.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.account.PhoneNumbers;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CloseReason;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.Holds;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * The person authorised for a deceased debtor's estate: once named, the death's hold lifts and only they are
 * contacted; with no estate to collect from, collection ends.
 */
@Component("estateRepresentativeListener")
public class EstateRepresentativeListener implements TaskListener {

  static final String REPRESENTATIVE_NAMED = "representativeNamed";
  static final List<String> FIELDS = List.of("estateOutcome", "representativeName", "representativeContact", "notes");

  enum Outcome { NAMED, NO_ESTATE }

  private final Holds holds;
  private final CollectionCases cases;
  private final Actors actors;

  EstateRepresentativeListener(Holds holds, CollectionCases cases, Actors actors) {
    this.holds = holds;
    this.cases = cases;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    String caseNumber = task.getExecution().getProcessBusinessKey();
    String actor = actors.forTask(task);
    Outcome outcome = form.requiredChoice("estateOutcome", Outcome.class, "What you found");
    String notes = form.optionalText("notes", "Notes", 1500);
    String name = null;
    String contact = null;
    if (outcome == Outcome.NAMED) {
      name = form.requiredText("representativeName", "The representative's name", 200);
      contact = form.requiredText("representativeContact", "The representative's phone or e-mail", 254);
    }
    form.refuseIfAnyProblem();
    if (outcome == Outcome.NAMED) {
      try {
        holds.nameRepresentative(caseNumber, name, contact, actor);
      } catch (PhoneNumbers.InvalidPhoneNumberException e) {
        throw new TaskRefusal("The representative's phone or e-mail " + e.getMessage() + ".");
      }
    } else {
      cases.record(caseNumber, CaseEventKind.HOLD_WORKED, actor, "No estate to collect from; collection ends"
          + (notes == null ? "" : " — " + notes));
      task.setVariable(CaseProcess.Vars.CLOSE_REASON, CloseReason.DECEASED.name());
    }
    task.setVariable(REPRESENTATIVE_NAMED, outcome == Outcome.NAMED);
    form.consume(FIELDS);
  }
}
