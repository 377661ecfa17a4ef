package org.recourse.legal.internal.litigation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.recourse.platform.TaskForm;

/** The suit as filed (court, its case number, the filing date), and its first hearing when the court set one. */
public record SuitFiled(String court, String courtCaseNumber, LocalDate filedOn, FirstHearing hearing) {

  static final List<String> FIELDS = List.of("court", "courtCaseNumber", "filedOn", "hearingDate", "hearingTime",
      "hearingPurpose");

  public record FirstHearing(LocalDate day, LocalTime time, String purpose) {
  }

  /** The filing the form states; refuses the form naming every problem found. */
  static SuitFiled from(TaskForm form) {
    String court = form.requiredText("court", "Court", 200);
    String number = form.requiredText("courtCaseNumber", "Court case number", 60);
    LocalDate filedOn = form.requiredDate("filedOn", "Filed on");
    FirstHearing hearing = form.isPresent("hearingDate") || form.isPresent("hearingTime")
        ? new FirstHearing(form.requiredDate("hearingDate", "First hearing on"),
            form.requiredTime("hearingTime", "Hearing time"),
            form.requiredText("hearingPurpose", "What the hearing is for", 200))
        : null;
    form.refuseIfAnyProblem();
    return new SuitFiled(court, number, filedOn, hearing);
  }
}
