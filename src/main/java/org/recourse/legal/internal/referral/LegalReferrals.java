package org.recourse.legal.internal.referral;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.casework.CaseClosed;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.correspondence.CorrespondenceSettings;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.Documents;
import org.recourse.correspondence.Outbox;
import org.recourse.legal.ExpectedRecovery;
import org.recourse.legal.LegalSettings;
import org.recourse.platform.Actors;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.Money;
import org.recourse.platform.StaffTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals to legal up to the legal team's answer: eligibility, the manager's decision, delivery of the court packet
 * to the legal team, and their acceptance or return. Each step is recorded on the referral and in the case's
 * history; the process keeps only the routing facts.
 */
@Service
public class LegalReferrals {

  private final LegalReferralRepository referrals;
  private final CollectionCases cases;
  private final LegalEligibility eligibility;
  private final LegalSettings settings;
  private final AccountRegistry accounts;
  private final Documents documents;
  private final Outbox outbox;
  private final CorrespondenceSettings correspondence;
  private final Clock clock;

  LegalReferrals(LegalReferralRepository referrals, CollectionCases cases, LegalEligibility eligibility,
      LegalSettings settings, AccountRegistry accounts, Documents documents, Outbox outbox,
      CorrespondenceSettings correspondence, Clock clock) {
    this.referrals = referrals;
    this.cases = cases;
    this.eligibility = eligibility;
    this.settings = settings;
    this.accounts = accounts;
    this.documents = documents;
    this.outbox = outbox;
    this.correspondence = correspondence;
    this.clock = clock;
  }

  /**
   * Decides the eligibility of the referral its process runs (opening the referral the first time) and records it:
   * an eligible case waits for a manager with its expected recovery, an ineligible one goes back to collections
   * with every failing condition in its history.
   */
  @Transactional
  public LegalEligibility.Eligibility assess(String caseNumber, String processInstanceId, String actor) {
    LegalReferral referral = referrals.findByProcessInstanceId(processInstanceId).orElseGet(() ->
        referrals.save(new LegalReferral(cases.require(caseNumber).getId(), processInstanceId, clock.instant())));
    LegalEligibility.Eligibility found = eligibility.assess(caseNumber);
    var balance = found.facts().balance();
    ExpectedRecovery expected = settings.expectedRecovery(balance, found.facts().currency());
    referral.assessed(found, expected.amount(), clock.instant());
    if (found.eligible()) {
      cases.record(caseNumber, CaseEventKind.LEGAL_ELIGIBILITY, actor, "Eligible for legal referral; expected recovery "
          + expected.stated() + "; a manager decides");
    } else {
      cases.record(caseNumber, CaseEventKind.LEGAL_ELIGIBILITY, actor, "Not eligible for legal referral, back to "
          + "collections: " + String.join(" ", found.reasons()));
    }
    return found;
  }

  /**
   * A manager's decision on an eligible referral. Approved, it goes to the legal team with its packet; rejected, back
   * to collections with the reason; sent back, to the collector with the work asked for.
   */
  @Transactional
  public LegalReferral decide(String processInstanceId, ReferralDecision decision, String note, String actor) {
    LegalReferral referral = require(processInstanceId);
    if (referral.getStatus() != ReferralStatus.AWAITING_APPROVAL) {
      throw new IllegalStateException("the referral of " + caseNumber(referral) + " is " + referral.getStatus()
          + ", not waiting for a decision");
    }
    if (actor.equals(referral.getResubmittedBy())) {
      throw new InputRejectedException("four eyes", List.of(new FieldProblem("approval",
          "You did the work for this referral; another manager must decide it.")));
    }
    referral.decided(decision, note, actor, clock.instant());
    String detail = switch (decision) {
      case APPROVED -> "Referral to legal approved; expected recovery "
          + Money.usd(referral.getExpectedRecovery()) + (note == null ? "" : ". " + note);
      case REJECTED -> "Referral to legal rejected, back to collections: " + note;
      case SENT_BACK -> "Referral sent back to the collector for more work: " + note;
    };
    cases.record(caseNumber(referral), CaseEventKind.LEGAL_REFERRAL, actor, detail);
    return referral;
  }

  /** The collector did the work a manager asked for; the referral is decided again. */
  @Transactional
  public void workDone(String processInstanceId, String whatWasDone, String actor) {
    LegalReferral referral = require(processInstanceId);
    referral.resubmitted(actor);
    cases.record(caseNumber(referral), CaseEventKind.LEGAL_REFERRAL, actor, "Work for the referral done ("
        + referral.getDecisionNote() + "): " + whatWasDone);
  }

  /**
   * Hands the referral to the legal team: their task shows the packet, and the legal inbox gets an e-mail with it
   * (attached up to {@code recourse.legal.attach-packet-up-to}, linked always). Once: delivering a delivered referral
   * again (a retried job) sends nothing.
   */
  @Transactional
  public void deliver(String processInstanceId) {
    LegalReferral referral = require(processInstanceId);
    if (referral.getDeliveredAt() != null) {
      return;
    }
    if (referral.getPacketDocumentId() == null) {
      throw new IllegalStateException("the referral of " + caseNumber(referral) + " has no court packet to deliver");
    }
    CollectionCase subject = cases.byId(referral.getCaseId());
    Document packet = documents.ofCase(subject.getCaseNumber(), referral.getPacketDocumentId());
    String how;
    if (outbox.sends()) {
      boolean attach = packet.getSizeBytes() <= settings.getAttachPacketUpTo().toBytes();
      AccountSummary account = accounts.summary(subject.getAccountId());
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("caseNumber", subject.getCaseNumber());
      model.put("debtorName", account.debtorName());
      model.put("balance", referral.getBalance());
      model.put("expectedRecovery", referral.getExpectedRecovery());
      model.put("approvedBy", referral.getDecidedBy());
      model.put("approvedAt", StaffTime.format(referral.getDecidedAt(), clock));
      model.put("note", referral.getDecisionNote());
      model.put("reasons", referral.getEligibilityReasons());
      model.put("pages", packet.getPages());
      model.put("sha256", packet.getSha256());
      model.put("attached", attach);
      model.put("packetUrl", correspondence.getPublicUrl() + packetPath(subject.getCaseNumber(), packet.getId()));
      outbox.enqueueInternal(subject, settings.getInbox(), "legal-referral", account.currency(), model,
          attach ? packet : null);
      how = "queued for e-mail to " + settings.getInbox() + (attach ? " with the packet attached" : " with a link to the packet");
    } else {
      how = "no mail server is configured: the legal team finds it in Tasklist";
    }
    referral.delivered(clock.instant());
    cases.record(subject.getCaseNumber(), CaseEventKind.LEGAL_REFERRAL, Actors.SYSTEM,
        "Referral delivered to the legal team with its court packet (document " + packet.getId() + "); " + how);
  }

  /** The legal team accepts the referral for litigation, or returns it to collections with the reason. */
  @Transactional
  public LegalReferral review(String processInstanceId, boolean accept, String reason, String actor) {
    LegalReferral referral = require(processInstanceId);
    if (referral.getStatus() != ReferralStatus.DELIVERED) {
      throw new IllegalStateException("the referral of " + caseNumber(referral) + " is " + referral.getStatus()
          + ", not with the legal team for review");
    }
    referral.reviewed(accept, reason, actor, clock.instant());
    cases.record(caseNumber(referral), CaseEventKind.LEGAL_REVIEW, actor,
        accept ? "Accepted for litigation" : "Returned to collections: " + reason);
    return referral;
  }

  /**
   * A case that closes while referred (paid in full before the suit, recalled, a hold that ended collection) takes
   * its open referral with it, so that nothing shows it as still with the legal team.
   */
  @EventListener
  void caseClosed(CaseClosed closed) {
    if (closed.reason().name().startsWith("LEGAL_")) {
      return;
    }
    referrals.findFirstByCaseIdOrderByIdDesc(cases.require(closed.caseNumber()).getId())
        .filter(referral -> referral.getStatus().isOpen())
        .ifPresent(referral -> referral.withdrawn("The case closed: " + closed.reason(), clock.instant()));
  }

  @Transactional(readOnly = true)
  public Optional<LegalReferral> forProcess(String processInstanceId) {
    return referrals.findByProcessInstanceId(processInstanceId);
  }

  /** The case's latest referral, if it was ever referred. */
  @Transactional(readOnly = true)
  public Optional<LegalReferral> latest(String caseNumber) {
    return referrals.findFirstByCaseIdOrderByIdDesc(cases.require(caseNumber).getId());
  }

  @Transactional(readOnly = true)
  public List<LegalReferral> all(String caseNumber) {
    return referrals.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId());
  }

  /** Whether a manager ever approved a referral of the case to legal. */
  @Transactional(readOnly = true)
  public boolean referred(long caseId) {
    return referrals.existsByCaseIdAndDecision(caseId, ReferralDecision.APPROVED);
  }

  /** Every case a manager approved a referral of. */
  @Transactional(readOnly = true)
  public Set<Long> referredCases() {
    return new HashSet<>(referrals.caseIdsWithDecision(ReferralDecision.APPROVED));
  }

  /** Whether the case is with the legal team: a referral of it approved and not returned to collections. */
  @Transactional(readOnly = true)
  public boolean withLegal(long caseId) {
    return referrals.withLegal(caseId);
  }

  /** Every case with the legal team. */
  @Transactional(readOnly = true)
  public Set<Long> casesWithLegal() {
    return new HashSet<>(referrals.caseIdsWithLegal());
  }

  /** Where the packet downloads, relative to Recourse's address. */
  static String packetPath(String caseNumber, long documentId) {
    return "/api/cases/" + caseNumber + "/documents/" + documentId;
  }

  LegalReferral require(String processInstanceId) {
    return referrals.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no referral for process " + processInstanceId));
  }

  private static String caseNumber(LegalReferral referral) {
    return CaseNumbers.of(referral.getCaseId());
  }
}
