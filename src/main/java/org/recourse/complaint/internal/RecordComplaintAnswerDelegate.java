package org.recourse.complaint.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.complaint.Complaints;
import org.springframework.stereotype.Component;

/** Records the answer given in the task on the complaint and in the case's history, once. */
@Component("recordComplaintAnswerDelegate")
class RecordComplaintAnswerDelegate implements JavaDelegate {

  private final Complaints complaints;

  RecordComplaintAnswerDelegate(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long complaintId = (Long) execution.getVariable(ComplaintProcess.COMPLAINT_ID);
    if (complaints.get(complaintId).getStatus().isOpen()) {
      complaints.answer(complaintId, (String) execution.getVariable(ComplaintProcess.ANSWER),
          (String) execution.getVariable(ComplaintProcess.ANSWERED_BY));
    }
    execution.removeVariable(ComplaintProcess.ANSWER);
  }
}
