package org.recourse.compliance.internal.holds;

import java.util.List;
import org.recourse.platform.TaskForm;

/** What the collector found about a deceased debtor's estate: its representative, or no estate to collect from. */
record EstateFinding(String representativeName, String representativeContact, String notes) {

  static final List<String> FIELDS = List.of("estateOutcome", "representativeName", "representativeContact", "notes");

  enum Outcome { NAMED, NO_ESTATE }

  /** The form's finding; refuses the form naming every problem found. */
  static EstateFinding from(TaskForm form) {
    Outcome outcome = form.requiredChoice("estateOutcome", Outcome.class, "What you found");
    String notes = form.optionalText("notes", "Notes", 1500);
    String name = null;
    String contact = null;
    if (outcome == Outcome.NAMED) {
      name = form.requiredText("representativeName", "The representative's name", 200);
      contact = form.requiredText("representativeContact", "The representative's phone or e-mail", 254);
    }
    form.refuseIfAnyProblem();
    return new EstateFinding(name, contact, notes);
  }

  boolean representativeNamed() {
    return representativeName != null;
  }
}
