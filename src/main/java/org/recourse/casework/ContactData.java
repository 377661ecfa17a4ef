package org.recourse.casework;

import java.util.List;
import org.recourse.account.AccountRegistry;
import org.recourse.account.DebtorAddress;
import org.recourse.account.DebtorPhone;
import org.recourse.account.PhoneKind;
import org.recourse.account.PhoneNumbers;
import org.recourse.account.PostalAddress;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a collector learns of how to reach the debtor, from a call or the post: a new phone or address, a number that
 * reached someone else, mail that came back. Each is kept on the account and in the case's history. A wrong number
 * and returned mail stay on file for the trace and are never used again: the contact guard no longer offers the
 * number, letters go to the next address on file, and a debtor left with neither is shown as one to trace.
 */
@Service
public class ContactData {

  private final CollectionCases cases;
  private final AccountRegistry accounts;

  ContactData(CollectionCases cases, AccountRegistry accounts) {
    this.cases = cases;
    this.accounts = accounts;
  }

  @Transactional
  public DebtorPhone addPhone(String caseNumber, String number, PhoneKind kind, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    if (kind == null) {
      throw rejected("kind", "say what kind of number it is (mobile, home, work, other)");
    }
    DebtorPhone phone;
    try {
      phone = accounts.addPhone(subject.getAccountId(), number, kind);
    } catch (IllegalArgumentException wrong) {
      throw rejected("number", wrong.getMessage());
    }
    cases.record(caseNumber, CaseEventKind.CONTACT_DATA_CHANGED, actor,
        "Phone added: " + PhoneNumbers.display(phone.getNumber()) + " (" + kind.name().toLowerCase() + ")");
    return phone;
  }

  @Transactional
  public DebtorAddress addMailingAddress(String caseNumber, PostalAddress address, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    List<FieldProblem> problems = new java.util.ArrayList<>();
    if (address.line1() == null || address.line1().isBlank()) {
      problems.add(new FieldProblem("line1", "the street and number are missing"));
    }
    if (address.city() == null || address.city().isBlank()) {
      problems.add(new FieldProblem("city", "the city is missing"));
    }
    if (address.state() == null) {
      problems.add(new FieldProblem("state", "the state is missing"));
    }
    if (address.postalCode() == null || address.postalCode().isBlank()) {
      problems.add(new FieldProblem("postalCode", "the ZIP code is missing"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The address is incomplete", problems);
    }
    DebtorAddress added;
    try {
      added = accounts.addMailingAddress(subject.getAccountId(), address);
    } catch (IllegalArgumentException wrong) {
      throw rejected("postalCode", wrong.getMessage());
    }
    cases.record(caseNumber, CaseEventKind.CONTACT_DATA_CHANGED, actor,
        "Mailing address added: " + added.toPostalAddress().oneLine());
    return added;
  }

  @Transactional
  public DebtorPhone wrongNumber(String caseNumber, String e164, String note, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    DebtorPhone phone;
    try {
      phone = accounts.markWrongNumber(subject.getAccountId(), e164, actor);
    } catch (IllegalArgumentException wrong) {
      throw rejected("number", wrong.getMessage());
    }
    cases.record(caseNumber, CaseEventKind.CONTACT_DATA_CHANGED, actor, "Wrong number: "
        + PhoneNumbers.display(e164) + " reached someone else; no longer called" + reason(note) + traceNote(subject));
    return phone;
  }

  @Transactional
  public DebtorAddress mailReturned(String caseNumber, long addressId, String note, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    DebtorAddress address;
    try {
      address = accounts.markMailReturned(subject.getAccountId(), addressId, actor);
    } catch (IllegalArgumentException wrong) {
      throw rejected("address", wrong.getMessage());
    }
    cases.record(caseNumber, CaseEventKind.CONTACT_DATA_CHANGED, actor, "Mail returned from "
        + address.toPostalAddress().oneLine() + "; letters no longer go there" + reason(note) + traceNote(subject));
    return address;
  }

  /** Whether the debtor can still be reached: a number not known to be wrong, or an address whose mail arrives. */
  @Transactional(readOnly = true)
  public boolean reachable(long accountId) {
    var onFile = accounts.contactDetails(accountId);
    return onFile.phones().stream().anyMatch(phone -> !phone.wrongNumber())
        || onFile.addresses().stream().anyMatch(address -> !address.returned());
  }

  private String traceNote(CollectionCase subject) {
    return reachable(subject.getAccountId()) ? "" : ". No usable phone or address is left: the debtor is to be traced";
  }

  private static String reason(String note) {
    return note == null || note.isBlank() ? "" : " (" + note.strip() + ")";
  }

  private static InputRejectedException rejected(String field, String message) {
    return new InputRejectedException(message, List.of(new FieldProblem(field, message)));
  }
}
