package org.recourse.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.recourse.account.PhoneNumbers;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseMessages;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.internal.holds.HoldRepository;
import org.recourse.platform.ConflictException;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds on a case: recorded with their evidence, each one starting its event sub-process on the case's spine, and
 * lifted with a reason, which wakes every step that waited for it. The processes ask {@link #pausesCollection}
 * before every collection step ({@code ${holds.pausesCollection(execution.processBusinessKey)}}).
 */
@Service("holds")
public class Holds {

  private final HoldRepository holds;
  private final CollectionCases cases;
  private final CaseMessages messages;
  private final Clock clock;

  Holds(HoldRepository holds, CollectionCases cases, CaseMessages messages, Clock clock) {
    this.holds = holds;
    this.cases = cases;
    this.messages = messages;
    this.clock = clock;
  }

  /** What a person reports: which hold, when it reached us, what it says, and the evidence for it. */
  public record NewHold(HoldKind kind, LocalDate receivedOn, DisputeRequest disputeRequest, String detail,
      String evidence) {
  }

  /**
   * Records a hold on an open case and starts its event sub-process. A dispute is judged against the validation
   * period on the day it was received: within it (or before the notice went out), collection stops.
   */
  @Transactional
  public Hold place(String caseNumber, NewHold hold, String actor) {
    CollectionCase subject = cases.requireOpen(caseNumber);
    LocalDate today = LocalDate.now(clock);
    LocalDate received = hold.receivedOn() == null ? today : hold.receivedOn();
    List<FieldProblem> problems = new ArrayList<>();
    if (hold.kind() == null) {
      problems.add(new FieldProblem("kind", "say which hold: DISPUTE, BANKRUPTCY, DECEASED or SERVICEMEMBER"));
    }
    if (received.isAfter(today)) {
      problems.add(new FieldProblem("receivedOn", received + " is in the future"));
    }
    if (hold.evidence() == null || hold.evidence().isBlank()) {
      problems.add(new FieldProblem("evidence", "name the evidence: the letter, the court notice, the certificate"));
    }
    if (hold.kind() == HoldKind.DISPUTE && hold.disputeRequest() == null) {
      problems.add(new FieldProblem("disputeRequest", "a dispute asks for VERIFICATION or the ORIGINAL_CREDITOR"));
    }
    if (hold.kind() != HoldKind.DISPUTE && hold.disputeRequest() != null) {
      problems.add(new FieldProblem("disputeRequest", "only a dispute asks for verification or the original creditor"));
    }
    if (hold.kind() == HoldKind.BANKRUPTCY && (hold.detail() == null || hold.detail().isBlank())) {
      problems.add(new FieldProblem("detail", "give the court, the case number and the chapter of the bankruptcy"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The hold was not recorded", problems);
    }
    if (hold.kind() != HoldKind.DISPUTE && active(subject.getId(), hold.kind()).isPresent()) {
      throw new ConflictException("kind", "case " + caseNumber + " already has an active " + hold.kind() + " hold");
    }
    Boolean within = hold.kind() != HoldKind.DISPUTE ? null
        : subject.getValidationPeriodEnds() == null || !received.isAfter(subject.getValidationPeriodEnds());
    Hold placed = holds.save(new Hold(subject.getId(), hold.kind(), received, within, hold.disputeRequest(),
        blankToNull(hold.detail()), hold.evidence().trim(), actor, clock.instant()));
    cases.record(caseNumber, CaseEventKind.HOLD_PLACED, actor, describe(placed) + " (evidence: "
        + placed.getEvidence() + ")");
    messages.tell(caseNumber, switch (hold.kind()) {
      case DISPUTE -> CaseProcess.MSG_DISPUTE_RECEIVED;
      case BANKRUPTCY -> CaseProcess.MSG_BANKRUPTCY_FILED;
      case DECEASED -> CaseProcess.MSG_DEBTOR_DECEASED;
      case SERVICEMEMBER -> CaseProcess.MSG_SERVICEMEMBER_REPORTED;
    });
    return placed;
  }

  /** Lifts a hold by its id, with the reason, and wakes every step that waited for it. */
  @Transactional
  public Hold lift(String caseNumber, long holdId, String reason, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    Hold hold = holds.findById(holdId).filter(h -> h.getCaseId() == subject.getId())
        .orElseThrow(() -> new NoSuchElementException("case " + caseNumber + " has no hold " + holdId));
    if (!hold.isActive()) {
      throw new ConflictException("hold", "the " + hold.getKind() + " hold " + holdId + " was lifted on "
          + hold.getLiftedAt() + " by " + hold.getLiftedBy());
    }
    return lift(caseNumber, hold, reason, actor);
  }

  /**
   * Lifts the oldest active hold of a kind, for the process step that ends it (verification sent, bankruptcy
   * dismissed). Nothing to lift (a person lifted it already) is not an error.
   */
  @Transactional
  public Optional<Hold> liftOldest(String caseNumber, HoldKind kind, String reason, String actor) {
    return active(cases.require(caseNumber).getId(), kind).map(hold -> lift(caseNumber, hold, reason, actor));
  }

  /**
   * A person authorised for the estate was found: they are recorded on the death's hold, which lifts; from now on
   * only they are contacted, at {@code contact} (a phone number or an e-mail address).
   */
  @Transactional
  public Hold nameRepresentative(String caseNumber, String name, String contact, String actor) {
    Hold death = active(cases.require(caseNumber).getId(), HoldKind.DECEASED)
        .orElseThrow(() -> new ConflictException("hold", "case " + caseNumber + " has no active DECEASED hold"));
    String reachedAt = contact.contains("@") ? contact.trim() : PhoneNumbers.toE164(contact);
    death.nameRepresentative(name.trim(), reachedAt);
    return lift(caseNumber, death, "Estate represented by " + name.trim() + ", " + reachedAt, actor);
  }

  /** The original creditor's name and address that answer a request for them, kept with the dispute. */
  @Transactional
  public Hold answerWithOriginalCreditor(String caseNumber, String name, String address, String actor) {
    Hold dispute = openDispute(caseNumber)
        .orElseThrow(() -> new ConflictException("hold", "case " + caseNumber + " has no open dispute"));
    dispute.answerWithOriginalCreditor(name.trim(), address.trim());
    cases.record(caseNumber, CaseEventKind.HOLD_WORKED, actor, "Original creditor for the answer to the request of "
        + dispute.getReceivedOn() + ": " + name.trim());
    return dispute;
  }

  /** Whether a hold now stops collection on the case: the question every collection step asks first. */
  @Transactional(readOnly = true)
  public boolean pausesCollection(String caseNumber) {
    return holds.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId()).stream()
        .anyMatch(hold -> hold.isActive() && hold.pausesCollection());
  }

  @Transactional(readOnly = true)
  public List<Hold> of(String caseNumber) {
    return holds.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId());
  }

  /** The oldest dispute not yet answered. */
  @Transactional(readOnly = true)
  public Optional<Hold> openDispute(String caseNumber) {
    return active(cases.require(caseNumber).getId(), HoldKind.DISPUTE);
  }

  /** The latest dispute, answered or not: what a letter answering it refers to. */
  @Transactional(readOnly = true)
  public Optional<Hold> latestDispute(String caseNumber) {
    return holds.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId()).stream()
        .filter(hold -> hold.getKind() == HoldKind.DISPUTE)
        .max(Comparator.comparing(Hold::getId));
  }

  private Hold lift(String caseNumber, Hold hold, String reason, String actor) {
    hold.lift(actor, clock.instant(), reason);
    cases.record(caseNumber, CaseEventKind.HOLD_LIFTED, actor, describe(hold) + " lifted: " + reason);
    messages.tell(caseNumber, CaseProcess.MSG_HOLD_LIFTED);
    return hold;
  }

  private Optional<Hold> active(long caseId, HoldKind kind) {
    return holds.findByCaseIdOrderByIdAsc(caseId).stream()
        .filter(hold -> hold.getKind() == kind && hold.isActive())
        .findFirst();
  }

  private static String describe(Hold hold) {
    return switch (hold.getKind()) {
      case DISPUTE -> (hold.getDisputeRequest() == DisputeRequest.ORIGINAL_CREDITOR
          ? "Request for the original creditor" : "Dispute") + " received " + hold.getReceivedOn()
          + (Boolean.TRUE.equals(hold.getWithinValidationPeriod())
              ? ", within the validation period: collection stops until it is answered"
              : ", after the validation period: recorded and worked")
          + (hold.getDetail() == null ? "" : " — " + hold.getDetail());
      case BANKRUPTCY -> "Bankruptcy notice received " + hold.getReceivedOn() + ": " + hold.getDetail();
      case DECEASED -> "Notice of death received " + hold.getReceivedOn()
          + (hold.getDetail() == null ? "" : " — " + hold.getDetail());
      case SERVICEMEMBER -> "Servicemember status reported " + hold.getReceivedOn()
          + (hold.getDetail() == null ? "" : " — " + hold.getDetail());
    };
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
