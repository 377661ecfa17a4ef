package org.recourse.legal.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.legal.Hearing;
import org.recourse.legal.Litigation;
import org.recourse.platform.Actors;
import org.recourse.platform.ConflictException;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/** The suit as filed (court, its case number, the filing date), and its first hearing when the court set one. */
@Component("suitFiledListener")
public class SuitFiledListener implements TaskListener {

  static final List<String> FIELDS = List.of("court", "courtCaseNumber", "filedOn", "hearingDate", "hearingTime",
      "hearingPurpose");

  private final Litigation litigation;
  private final Actors actors;

  SuitFiledListener(Litigation litigation, Actors actors) {
    this.litigation = litigation;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    String court = form.requiredText("court", "Court", 200);
    String number = form.requiredText("courtCaseNumber", "Court case number", 60);
    var filedOn = form.requiredDate("filedOn", "Filed on");
    boolean hearing = form.isPresent("hearingDate") || form.isPresent("hearingTime");
    LocalDate hearingDay = hearing ? form.requiredDate("hearingDate", "First hearing on") : null;
    LocalTime hearingTime = hearing ? form.requiredTime("hearingTime", "Hearing time") : null;
    String purpose = hearing ? form.requiredText("hearingPurpose", "What the hearing is for", 200) : null;
    form.refuseIfAnyProblem();
    String actor = actors.forTask(task);
    try {
      litigation.fileSuit(task.getProcessInstanceId(), court, number, filedOn, actor);
      if (hearing) {
        litigation.scheduleHearing(task.getExecution().getProcessBusinessKey(), hearingDay, hearingTime, purpose,
            actor);
      }
    } catch (InputRejectedException rejected) {
      throw TaskRefusal.of(rejected);
    } catch (ConflictException conflict) {
      throw TaskRefusal.of(conflict);
    }
    form.consume(FIELDS);
  }
}
