package org.recourse.complaint.internal;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.recourse.complaint.ComplaintReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts the complaint process ({@code complaint}) for each complaint received, in the receipt's transaction. */
@Component
class ComplaintProcess {

  static final String PROCESS = "complaint";
  static final String COMPLAINT_ID = "complaintId";
  static final String ASSIGNEE = "complaintAssignee";
  static final String DUE_AT = "complaintDueAt";
  static final String ANSWER = "complaintAnswer";
  static final String ANSWERED_BY = "complaintAnsweredBy";

  private final RuntimeService runtime;

  ComplaintProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void received(ComplaintReceived received) {
    runtime.startProcessInstanceByKey(PROCESS, received.caseNumber(), Map.of(COMPLAINT_ID, received.complaintId(),
        ASSIGNEE, received.assignee(), DUE_AT, Date.from(received.dueAt())));
  }
}
