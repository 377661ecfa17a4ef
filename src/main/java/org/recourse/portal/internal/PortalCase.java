package org.recourse.portal.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRestriction;
import org.recourse.compliance.Holds;
import org.recourse.compliance.RestrictionKind;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.DocumentStatus;
import org.recourse.correspondence.Documents;
import org.recourse.negotiation.CaseArrangements;
import org.recourse.negotiation.Negotiations;
import org.recourse.payment.PaymentProcessor;
import org.recourse.payment.ProcessorPayments;
import org.recourse.payment.Ledger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the debtor's pages show of their own case, read from the features that own it. */
@Component
class PortalCase {

  /** The letters a debtor has been sent or that are on their way; never what was withheld or kept for the file. */
  private static final Set<DocumentStatus> SENT = Set.of(DocumentStatus.QUEUED, DocumentStatus.BATCHED,
      DocumentStatus.SENT);
  /** Arrangements that stand, or wait for an answer. */
  private static final Set<String> STANDING = Set.of("PROPOSED", "AGREED");

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final Holds holds;
  private final ContactGuard guard;
  private final Documents documents;
  private final CaseArrangements arrangements;
  private final Negotiations negotiations;
  private final ProcessorPayments payments;
  private final java.time.Clock clock;

  PortalCase(CollectionCases cases, AccountRegistry accounts, Ledger ledger, Holds holds, ContactGuard guard,
      Documents documents, CaseArrangements arrangements, Negotiations negotiations, ProcessorPayments payments,
      java.time.Clock clock) {
    this.clock = clock;
    this.payments = payments;
    this.cases = cases;
    this.accounts = accounts;
    this.ledger = ledger;
    this.holds = holds;
    this.guard = guard;
    this.documents = documents;
    this.arrangements = arrangements;
    this.negotiations = negotiations;
  }

  /** The case page: who, what is owed and how it came to be, what stands, what waits for them, their letters. */
  @Transactional(readOnly = true)
  Map<String, Object> of(String caseNumber) {
    CollectionCase subject = cases.require(caseNumber);
    AccountSummary account = accounts.summary(subject.getAccountId());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("caseNumber", caseNumber);
    model.put("open", subject.getStatus().isOpen());
    model.put("closeReason", subject.getCloseReason() == null ? null : subject.getCloseReason().name());
    model.put("account", account);
    model.put("statement", ledger.statement(subject.getAccountId()));
    model.put("paused", holds.pausesCollection(caseNumber));
    model.put("dispute", holds.openDispute(caseNumber).orElse(null));
    model.put("validationPeriodEnds", subject.getValidationPeriodEnds());
    model.put("disputeWindowOpen", subject.getValidationPeriodEnds() != null
        && !subject.getValidationPeriodEnds().isBefore(java.time.LocalDate.now(clock)));
    // What stands while the case is open: a case closed (paid in full, say) has nothing left to keep.
    model.put("standing", !subject.getStatus().isOpen() ? List.of()
        : arrangements.of(caseNumber).stream().filter(a -> STANDING.contains(a.status())).toList());
    model.put("chargedTo", payments.saved(caseNumber).map(PaymentProcessor.SavedMethod::shownAs).orElse(null));
    model.put("question", negotiations.question(caseNumber).orElse(null));
    model.put("takesProposals", subject.getStatus().isOpen() && negotiations.takesProposals(caseNumber));
    model.put("letters", letters(caseNumber));
    return model;
  }

  /** The letters of the case the debtor may open. */
  @Transactional(readOnly = true)
  List<Document> letters(String caseNumber) {
    return documents.ofCase(caseNumber).stream().filter(d -> SENT.contains(d.getStatus())).toList();
  }

  /** The contact restrictions in force, by kind. */
  @Transactional(readOnly = true)
  Map<RestrictionKind, ContactRestriction> restrictions(String caseNumber) {
    Map<RestrictionKind, ContactRestriction> active = new LinkedHashMap<>();
    guard.restrictions(caseNumber).stream().filter(ContactRestriction::isActive)
        .forEach(r -> active.putIfAbsent(r.getKind(), r));
    return active;
  }

  @Transactional(readOnly = true)
  AccountSummary account(String caseNumber) {
    return accounts.summary(cases.require(caseNumber).getAccountId());
  }
}
