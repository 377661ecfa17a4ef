package org.recourse.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.account.PhoneKind;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseMessages;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.internal.ComplianceSettings;
import org.recourse.compliance.internal.contact.ContactRepository;
import org.recourse.compliance.internal.contact.ContactRestrictionRepository;
import org.recourse.compliance.internal.contact.GuardAudit;
import org.recourse.compliance.internal.contact.GuardDecision;
import org.recourse.compliance.internal.contact.GuardDecisionRepository;
import org.recourse.platform.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact guard: asked before every outbound call, text, e-mail and letter, it answers allow or deny with the
 * rule, a plain sentence and when the refusal lifts, and keeps every answer in the audit trail. Recording a call
 * placed goes through it, so that a call the law forbids cannot be logged as made.
 */
@Service
public class ContactGuard {

  /** How far back the rules look: seven days, and a day's margin for time zones. */
  private static final Duration HISTORY = Duration.ofDays(8);

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final ContactRepository contacts;
  private final ContactRestrictionRepository restrictions;
  private final CaseMessages messages;
  private final CaseContactFacts caseFacts;
  private final GuardDecisionRepository decisions;
  private final GuardAudit audit;
  private final EmailOptOutList optOuts;
  private final ComplianceSettings settings;
  private final Clock clock;

  ContactGuard(CollectionCases cases, AccountRegistry accounts, ContactRepository contacts,
      ContactRestrictionRepository restrictions, CaseContactFacts caseFacts, GuardDecisionRepository decisions,
      GuardAudit audit, EmailOptOutList optOuts, ComplianceSettings settings, CaseMessages messages, Clock clock) {
    this.messages = messages;
    this.caseFacts = caseFacts;
    this.audit = audit;
    this.cases = cases;
    this.accounts = accounts;
    this.contacts = contacts;
    this.restrictions = restrictions;
    this.decisions = decisions;
    this.optOuts = optOuts;
    this.settings = settings;
    this.clock = clock;
  }

  /** May this contact be made now? The answer is kept. */
  @Transactional
  public ContactRules.Decision decide(String caseNumber, ContactRules.Request request, String askedBy) {
    CollectionCase subject = cases.require(caseNumber);
    return decide(subject, accounts.summary(subject.getAccountId()), request, askedBy);
  }

  /**
   * As {@link #decide}, for a case that its placement opens in this transaction: it has no contacts, holds or
   * restrictions yet, so nothing of it is read. The answer is kept.
   */
  @Transactional
  public ContactRules.Decision decideForNewCase(CollectionCase subject, AccountSummary account,
      ContactRules.Request request, String askedBy) {
    return decide(subject, account, request, askedBy, clock.instant(), CaseContactFacts.Facts.NONE);
  }

  private ContactRules.Decision decide(CollectionCase subject, AccountSummary account, ContactRules.Request request,
      String askedBy) {
    Instant now = clock.instant();
    return decide(subject, account, request, askedBy, now, caseFacts.read(subject.getId(), now.minus(HISTORY)));
  }

  private ContactRules.Decision decide(CollectionCase subject, AccountSummary account, ContactRules.Request request,
      String askedBy, Instant now, CaseContactFacts.Facts facts) {
    // Only an e-mail's own address can have opted out of what is asked: letters, calls and texts look nothing up.
    List<String> emails = request.address() != null && request.address().contains("@") ? List.of(request.address())
        : List.of();
    ContactRules.Decision decision = ContactRules.evaluate(situation(account, emails, facts), request, now);
    audit.keep(new GuardDecision(subject.getId(), request, decision, now, askedBy));
    return decision;
  }

  /**
   * As {@link #decide}, refusing with {@link ContactRefusedException} when the contact is not allowed. The refusal
   * leaves the caller's transaction usable, so a step may go on without the contact.
   */
  @Transactional(noRollbackFor = ContactRefusedException.class)
  public void require(String caseNumber, ContactRules.Request request, String askedBy) {
    allowedOrRefused(decide(caseNumber, request, askedBy));
  }

  /** As {@link #require}, for a caller that has read the case's account already (a letter does, for its text). */
  @Transactional(noRollbackFor = ContactRefusedException.class)
  public void require(String caseNumber, AccountSummary account, ContactRules.Request request, String askedBy) {
    CollectionCase subject = cases.require(caseNumber);
    if (subject.getAccountId() != account.accountId()) {
      throw new IllegalArgumentException("account " + account.accountId() + " is not the account of case "
          + caseNumber);
    }
    allowedOrRefused(decide(subject, account, request, askedBy));
  }

  private static void allowedOrRefused(ContactRules.Decision decision) {
    if (!decision.allowed()) {
      throw new ContactRefusedException(decision);
    }
  }

  /** For a person about to act: may each of the debtor's numbers be called or texted, each address e-mailed, a letter sent. */
  @Transactional
  public List<Permission> permissions(String caseNumber, String askedBy) {
    CollectionCase subject = cases.require(caseNumber);
    Instant now = clock.instant();
    List<Permission> answers = waysToReach(subject, accounts.summary(subject.getAccountId()), now).permissions();
    for (Permission answer : answers) {
      audit.keep(new GuardDecision(subject.getId(), answer.request(), answer.decision(), now, askedBy));
    }
    return answers;
  }

  /**
   * What the guard would answer now for every way to reach the debtor, and the calls placed in the seven days the
   * rule counts, for a form to show: asking only to look, so nothing is kept in the audit trail.
   */
  @Transactional(readOnly = true)
  Outlook outlook(CollectionCase subject, AccountSummary account) {
    return waysToReach(subject, account, clock.instant());
  }

  private Outlook waysToReach(CollectionCase subject, AccountSummary account, Instant now) {
    List<ContactRules.Request> requests = new ArrayList<>();
    for (AccountSummary.Phone phone : account.phones()) {
      requests.add(new ContactRules.Request(ContactChannel.CALL, phone.e164(), null));
      if (phone.kind() == PhoneKind.MOBILE) {
        requests.add(new ContactRules.Request(ContactChannel.TEXT, phone.e164(), null));
      }
    }
    for (AccountSummary.Email email : account.emails()) {
      requests.add(new ContactRules.Request(ContactChannel.EMAIL, email.address(), null));
    }
    requests.add(new ContactRules.Request(ContactChannel.LETTER, null, null));
    // One reading of the case's history serves every way asked.
    ContactRules.Situation situation = situation(subject, account,
        account.emails().stream().map(AccountSummary.Email::address).toList(), now);
    List<Permission> answers = requests.stream()
        .map(request -> Permission.of(request, ContactRules.evaluate(situation, request, now))).toList();
    return new Outlook(now, answers, ContactRules.callsPlacedInSevenDays(situation, now));
  }

  /**
   * Records a call placed now: asked of the guard first, and refused (nothing recorded) when the law forbids it.
   * Inbound calls and contacts by other channels are recorded as they happened.
   */
  @Transactional
  public Contact record(String caseNumber, ContactChannel channel, boolean outbound, ContactResult result,
      String address, String notes, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    if (outbound && channel != ContactChannel.LETTER) {
      require(caseNumber, new ContactRules.Request(channel, address, null), actor);
    }
    Contact contact = contacts.save(new Contact(subject.getId(), channel, outbound, result, address, clock.instant(), actor,
        notes));
    cases.record(caseNumber, CaseEventKind.CONTACT_OUTCOME, actor, (outbound ? "Outbound " : "Inbound ")
        + channel.name().toLowerCase() + (address == null ? "" : " " + address) + ": "
        + result.name().toLowerCase().replace('_', ' ') + (notes == null || notes.isBlank() ? "" : " — " + notes));
    return contact;
  }

  @Transactional
  public ContactRestriction restrict(String caseNumber, RestrictionKind kind, LocalTime from, LocalTime to,
      String detail, String evidence, String actor) {
    if (kind == RestrictionKind.INCONVENIENT_TIME && (from == null || to == null || from.equals(to))) {
      throw new org.recourse.platform.InputRejectedException("An inconvenient time needs its start and end",
          List.of(new org.recourse.platform.FieldProblem("from", "give the start and the end of the time, in the"
              + " debtor's local time")));
    }
    CollectionCase subject = cases.require(caseNumber);
    ContactRestriction restriction = restrictions.save(new ContactRestriction(subject.getId(), kind, from, to, detail,
        evidence, actor, clock.instant()));
    cases.record(caseNumber, CaseEventKind.CONTACT_RESTRICTED, actor, kind + (detail == null ? "" : ": " + detail)
        + " (evidence: " + evidence + ")");
    if (kind == RestrictionKind.CEASE || kind == RestrictionKind.REFUSAL_TO_PAY) {
      // The spine acknowledges it in writing: the one letter a cease request still allows.
      messages.tell(caseNumber, CaseProcess.MSG_CEASE_REQUESTED);
    }
    return restriction;
  }

  @Transactional
  public ContactRestriction lift(String caseNumber, long restrictionId, String reason, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    ContactRestriction restriction = restrictions.findById(restrictionId)
        .filter(r -> r.getCaseId() == subject.getId())
        .orElseThrow(() -> new java.util.NoSuchElementException("case " + caseNumber + " has no restriction "
            + restrictionId));
    if (!restriction.isActive()) {
      throw new ConflictException("restriction", "restriction " + restrictionId + " was lifted on "
          + restriction.getLiftedAt() + " by " + restriction.getLiftedBy());
    }
    restriction.lift(actor, clock.instant(), reason);
    cases.record(caseNumber, CaseEventKind.CONTACT_RESTRICTED, actor, restriction.getKind() + " lifted: " + reason);
    return restriction;
  }

  @Transactional(readOnly = true)
  public List<Contact> contacts(String caseNumber) {
    return contacts.findByCaseIdOrderByOccurredAtDescIdDesc(cases.require(caseNumber).getId());
  }

  @Transactional(readOnly = true)
  public List<ContactRestriction> restrictions(String caseNumber) {
    return restrictions.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId());
  }

  @Transactional(readOnly = true)
  public List<GuardDecision> decisions(String caseNumber) {
    return decisions.findByCaseIdOrderByDecidedAtDescIdDesc(cases.require(caseNumber).getId());
  }

  /** What the rules need to know of the case now; of the e-mail opt-outs, those of {@code emails} only. */
  private ContactRules.Situation situation(CollectionCase subject, AccountSummary account, List<String> emails,
      Instant now) {
    return situation(account, emails, caseFacts.read(subject.getId(), now.minus(HISTORY)));
  }

  private ContactRules.Situation situation(AccountSummary account, List<String> emails, CaseContactFacts.Facts facts) {
    Set<String> optedOut = emails.isEmpty() ? Set.of() : optOuts.optedOut(emails);
    var overlay = settings.getStateOverlays().get(account.state());
    return new ContactRules.Situation(account.state(),
        account.phones().stream().map(p -> new ContactRules.Phone(p.e164(), p.kind())).toList(), facts.history(),
        facts.restrictions(), facts.holds(), optedOut, overlay == null ? null : overlay.getCallsAndTextsPer7Days(),
        overlay == null ? null : overlay.getRule());
  }

  /** What the guard says of one way to reach the debtor now. */
  public record Permission(ContactChannel channel, String address, boolean allowed, String rule, String reason,
      Instant liftsAt) {

    static Permission of(ContactRules.Request request, ContactRules.Decision decision) {
      return new Permission(request.channel(), request.address(), decision.allowed(), decision.rule(),
          decision.reason(), decision.liftsAt());
    }

    ContactRules.Request request() {
      return new ContactRules.Request(channel, address, null);
    }

    ContactRules.Decision decision() {
      return new ContactRules.Decision(allowed, rule, reason, liftsAt);
    }
  }

  /** The guard's answers for every way to reach the debtor at one moment, and the calls placed in the seven days. */
  record Outlook(Instant at, List<Permission> permissions, int callsInSevenDays) {
  }
}
