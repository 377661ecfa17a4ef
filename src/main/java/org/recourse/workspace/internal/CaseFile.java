package org.recourse.workspace.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CaseViews;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.complaint.ComplaintCategory;
import org.recourse.complaint.ComplaintChannel;
import org.recourse.complaint.Complaints;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactOutlookFacts;
import org.recourse.compliance.ContactResult;
import org.recourse.compliance.Holds;
import org.recourse.correspondence.Documents;
import org.recourse.negotiation.CaseArrangements;
import org.recourse.payment.Ledger;
import org.springframework.stereotype.Component;

/** Everything the case page shows, read from the features that own it, as the page's model. */
@Component
class CaseFile {

  /** Where a task opens in Tasklist (the engine's default webapp path). */
  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

  private final CollectionCases cases;
  private final CaseViews views;
  private final AccountRegistry accounts;
  private final ContactOutlookFacts outlook;
  private final ContactGuard guard;
  private final Ledger ledger;
  private final CaseArrangements arrangements;
  private final Holds holds;
  private final Documents documents;
  private final Complaints complaints;

  CaseFile(CollectionCases cases, CaseViews views, AccountRegistry accounts, ContactOutlookFacts outlook,
      ContactGuard guard, Ledger ledger, CaseArrangements arrangements, Holds holds, Documents documents,
      Complaints complaints) {
    this.cases = cases;
    this.views = views;
    this.accounts = accounts;
    this.outlook = outlook;
    this.guard = guard;
    this.ledger = ledger;
    this.arrangements = arrangements;
    this.holds = holds;
    this.documents = documents;
    this.complaints = complaints;
  }

  Map<String, Object> of(String caseNumber) {
    CollectionCase subject = cases.require(caseNumber);
    long accountId = subject.getAccountId();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("caseNumber", subject.getCaseNumber());
    model.put("view", views.view(subject));
    model.put("onFile", accounts.contactDetails(accountId));
    model.put("contactNow", outlook.now(subject, accounts.summary(accountId)));
    model.put("statement", ledger.statement(accountId));
    model.put("parts", ledger.parts(accountId));
    model.put("entries", ledger.entries(accountId));
    model.put("arrangements", arrangements.of(caseNumber));
    model.put("holds", holds.of(caseNumber));
    model.put("restrictions", guard.restrictions(caseNumber));
    model.put("documents", documents.ofCase(caseNumber));
    model.put("contacts", guard.contacts(caseNumber));
    model.put("complaints", complaints.ofCase(caseNumber));
    model.put("tasklistTask", TASKLIST_TASK);
    model.put("callResults", List.of(ContactResult.RIGHT_PARTY_CONTACT, ContactResult.REFUSED,
        ContactResult.NO_ANSWER, ContactResult.VOICEMAIL, ContactResult.WRONG_NUMBER));
    model.put("phoneKinds", org.recourse.account.PhoneKind.values());
    model.put("complaintChannels", ComplaintChannel.values());
    model.put("complaintCategories", ComplaintCategory.values());
    return model;
  }
}
