package org.recourse.compliance.internal.holds;

import java.util.List;
import org.recourse.platform.TaskForm;

/** A servicemember's status as the DMDC certificate shows it: on active duty or not. */
record MilitaryStatus(boolean activeDuty, String certificate) {

  static final List<String> FIELDS = List.of("militaryStatus", "certificate");

  enum Status { ACTIVE_DUTY, NOT_ON_ACTIVE_DUTY }

  /** The form's status; refuses the form naming every problem found. */
  static MilitaryStatus from(TaskForm form) {
    Status status = form.requiredChoice("militaryStatus", Status.class, "The military status");
    String certificate = form.requiredText("certificate", "The status certificate (DMDC report number and date)", 200);
    form.refuseIfAnyProblem();
    return new MilitaryStatus(status == Status.ACTIVE_DUTY, certificate);
  }
}
