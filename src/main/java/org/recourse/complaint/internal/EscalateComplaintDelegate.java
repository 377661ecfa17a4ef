package org.recourse.complaint.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.complaint.Complaints;
import org.springframework.stereotype.Component;

/** The complaint was not answered in time: marked escalated, in the case's history, and the managers' to answer. */
@Component("escalateComplaintDelegate")
class EscalateComplaintDelegate implements JavaDelegate {

  private final Complaints complaints;

  EscalateComplaintDelegate(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.escalate((Long) execution.getVariable(ComplaintProcess.COMPLAINT_ID));
  }
}
