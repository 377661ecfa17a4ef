package org.recourse.compliance.internal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.springframework.stereotype.Component;

/**
 * The military status a collector found (the Defense Manpower Data Center's SCRA certificate): on active duty, the
 * servicemember hold stays as the flag the legal team needs; otherwise it is lifted with the certificate as reason.
 */
@Component("militaryStatusListener")
public class MilitaryStatusListener implements TaskListener {

  static final List<String> FIELDS = List.of("militaryStatus", "certificate");

  enum Status { ACTIVE_DUTY, NOT_ON_ACTIVE_DUTY }

  private final Holds holds;
  private final CollectionCases cases;
  private final Actors actors;

  MilitaryStatusListener(Holds holds, CollectionCases cases, Actors actors) {
    this.holds = holds;
    this.cases = cases;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    String caseNumber = task.getExecution().getProcessBusinessKey();
    String actor = actors.forTask(task);
    Status status = form.requiredChoice("militaryStatus", Status.class, "The military status");
    String certificate = form.requiredText("certificate", "The status certificate (DMDC report number and date)", 200);
    form.refuseIfAnyProblem();
    if (status == Status.ACTIVE_DUTY) {
      cases.record(caseNumber, CaseEventKind.HOLD_WORKED, actor, "Active duty confirmed (" + certificate
          + "): no default judgment without the military-status affidavit");
    } else {
      holds.liftOldest(caseNumber, HoldKind.SERVICEMEMBER, "Not on active duty (" + certificate + ")", actor);
    }
    form.consume(FIELDS);
  }
}
