package org.recourse.complaint.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recourse.complaint.Complaint;
import org.recourse.complaint.ComplaintCategory;
import org.recourse.complaint.ComplaintChannel;
import org.recourse.complaint.ComplaintStatus;
import org.recourse.complaint.Complaints;
import org.recourse.complaint.NewComplaint;
import org.recourse.platform.Actors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Complaints", description = "A debtor's complaints: recorded, assigned, answered in Tasklist, "
    + "escalated to the managers when late")
class ComplaintController {

  private final Complaints complaints;
  private final Actors actors;

  ComplaintController(Complaints complaints, Actors actors) {
    this.complaints = complaints;
    this.actors = actors;
  }

  @PostMapping("/api/cases/{caseNumber}/complaints")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'legal', 'admin')")
  @Operation(summary = "Record a debtor's complaint",
      description = "It is assigned (to the case's collector unless named) and due within the configured period "
          + "(15 days by default); the answer is a task in Tasklist. A complaint through a regulator needs its "
          + "reference. Problems are named by field (400).")
  ResponseEntity<ComplaintView> receive(@PathVariable String caseNumber, @RequestBody NewComplaint complaint) {
    Complaint received = complaints.receive(caseNumber.trim(), complaint, actors.current());
    return ResponseEntity.created(URI.create("/api/cases/" + received.getCaseNumber() + "/complaints"))
        .body(ComplaintView.of(received));
  }

  @GetMapping("/api/cases/{caseNumber}/complaints")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'legal', 'admin')")
  @Operation(summary = "A case's complaints, the latest first")
  List<ComplaintView> ofCase(@PathVariable String caseNumber) {
    return complaints.ofCase(caseNumber.trim()).stream().map(ComplaintView::of).toList();
  }

  record ComplaintView(long id, String caseNumber, ComplaintChannel receivedVia, ComplaintCategory category,
      String summary, String regulatorReference, LocalDate receivedOn, Instant dueAt, String assignee,
      ComplaintStatus status, String answer, String answeredBy, Instant answeredAt) {

    static ComplaintView of(Complaint c) {
      return new ComplaintView(c.getId(), c.getCaseNumber(), c.getReceivedVia(), c.getCategory(), c.getSummary(),
          c.getRegulatorReference(), c.getReceivedOn(), c.getDueAt(), c.getAssignee(), c.getStatus(), c.getAnswer(),
          c.getAnsweredBy(), c.getAnsweredAt());
    }
  }
}
