package org.recourse.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a debtor's complaints and their answers. A complaint received starts its process (in the same
 * transaction), which puts the answer before its assignee with the due date, and before the managers once it is
 * late; every step is in the case's history.
 */
@Service
public class Complaints {

  /** The longest summary of the debtor's words, and of an answer. */
  public static final int SUMMARY_LENGTH = 2000;
  public static final int ANSWER_LENGTH = 4000;

  private final ComplaintRepository complaints;
  private final CollectionCases cases;
  private final ComplaintSettings settings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Complaints(ComplaintRepository complaints, CollectionCases cases, ComplaintSettings settings,
      ApplicationEventPublisher events, Clock clock) {
    this.complaints = complaints;
    this.cases = cases;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  /** A complaint received: checked, recorded, assigned and put before its assignee by the complaint process. */
  @Transactional
  public Complaint receive(String caseNumber, NewComplaint received, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    LocalDate today = LocalDate.now(clock);
    List<FieldProblem> problems = new ArrayList<>();
    if (received.receivedVia() == null) {
      problems.add(new FieldProblem("receivedVia", "say how the complaint came: phone, letter, e-mail or a regulator"));
    }
    if (received.category() == null) {
      problems.add(new FieldProblem("category", "say what the complaint is about"));
    }
    if (received.summary() == null || received.summary().isBlank()) {
      problems.add(new FieldProblem("summary", "write what the debtor complains of"));
    } else if (received.summary().strip().length() > SUMMARY_LENGTH) {
      problems.add(new FieldProblem("summary", "the summary is longer than " + SUMMARY_LENGTH + " characters"));
    }
    if (received.receivedVia() == ComplaintChannel.REGULATOR
        && (received.regulatorReference() == null || received.regulatorReference().isBlank())) {
      problems.add(new FieldProblem("regulatorReference",
          "a complaint through a regulator needs the regulator's reference (the CFPB's complaint number)"));
    }
    LocalDate receivedOn = received.receivedOn() == null ? today : received.receivedOn();
    if (receivedOn.isAfter(today)) {
      problems.add(new FieldProblem("receivedOn", "a complaint cannot be received after today, " + today));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The complaint cannot be recorded", problems);
    }
    String assignee = received.assignee() != null && !received.assignee().isBlank() ? received.assignee().strip()
        : subject.getAssignedCollector() != null ? subject.getAssignedCollector() : actor;
    Instant due = receivedOn.plus(settings.getAnswerWithin()).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    Complaint complaint = complaints.save(new Complaint(subject.getId(), caseNumber, received, receivedOn, due,
        assignee, actor, clock.instant()));
    cases.record(caseNumber, CaseEventKind.COMPLAINT, actor, "Complaint received " + received.receivedVia().words()
        + (complaint.getRegulatorReference() == null ? "" : " (" + complaint.getRegulatorReference() + ")") + ": "
        + received.category().label() + ". Assigned to " + assignee + ", to be answered by "
        + receivedOn.plus(settings.getAnswerWithin()));
    events.publishEvent(new ComplaintReceived(complaint.getId(), caseNumber, assignee, due));
    return complaint;
  }

  /** The complaint's answer, once; a second answer to an answered complaint is refused. */
  @Transactional
  public Complaint answer(long complaintId, String answer, String actor) {
    Complaint complaint = get(complaintId);
    if (!complaint.getStatus().isOpen()) {
      throw new IllegalStateException("complaint " + complaintId + " was answered already");
    }
    complaint.answer(answer.strip(), actor, clock.instant());
    cases.record(complaint.getCaseNumber(), CaseEventKind.COMPLAINT, actor, "Complaint answered"
        + (complaint.answeredLate() ? " late" : "") + " (" + complaint.getCategory().label() + "): " + answer.strip());
    return complaint;
  }

  /** The answer is late: the managers have it now. */
  @Transactional
  public Complaint escalate(long complaintId) {
    Complaint complaint = get(complaintId);
    if (complaint.getStatus() == ComplaintStatus.OPEN) {
      complaint.escalate(clock.instant());
      cases.record(complaint.getCaseNumber(), CaseEventKind.COMPLAINT, "system", "Complaint not answered by "
          + complaint.getAssignee() + " in time: escalated to the managers");
    }
    return complaint;
  }

  @Transactional(readOnly = true)
  public Complaint get(long complaintId) {
    return complaints.findById(complaintId)
        .orElseThrow(() -> new NoSuchElementException("no complaint " + complaintId));
  }

  /** The case's complaints, the latest first. */
  @Transactional(readOnly = true)
  public List<Complaint> ofCase(String caseNumber) {
    return complaints.findByCaseNumberOrderByRecordedAtDesc(caseNumber);
  }

  /** Every complaint not yet answered, the soonest due first. */
  @Transactional(readOnly = true)
  public List<Complaint> open() {
    return complaints.findByStatusInOrderByDueAt(List.of(ComplaintStatus.OPEN, ComplaintStatus.ESCALATED));
  }
}
