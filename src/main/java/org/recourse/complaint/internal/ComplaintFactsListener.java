package org.recourse.complaint.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.recourse.complaint.Complaint;
import org.recourse.complaint.Complaints;
import org.recourse.platform.StaffTime;
import org.springframework.stereotype.Component;

/** Puts the complaint on the answering form (task-local {@code complaint}): how it came, about what, by when. */
@Component("complaintFactsListener")
class ComplaintFactsListener implements TaskListener {

  private final Complaints complaints;
  private final ObjectMapper json;
  private final Clock clock;

  ComplaintFactsListener(Complaints complaints, ObjectMapper json, Clock clock) {
    this.complaints = complaints;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaints.get((Long) task.getVariable(ComplaintProcess.COMPLAINT_ID));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("receivedVia", complaint.getReceivedVia().words());
    facts.put("reference", complaint.getRegulatorReference() == null ? "" : complaint.getRegulatorReference());
    facts.put("category", complaint.getCategory().label());
    facts.put("summary", complaint.getSummary());
    facts.put("receivedOn", complaint.getReceivedOn().toString());
    facts.put("due", StaffTime.format(complaint.getDueAt(), clock));
    facts.put("assignee", complaint.getAssignee());
    facts.put("recordedBy", complaint.getRecordedBy());
    facts.put("status", complaint.getStatus().name().toLowerCase());
    try {
      task.setVariableLocal("complaint", SpinValues.jsonValue(json.writeValueAsString(facts)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("complaint " + complaint.getId() + " cannot be written as JSON", e);
    }
  }
}
