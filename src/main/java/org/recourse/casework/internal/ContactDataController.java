package org.recourse.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.recourse.account.ContactDetails;
import org.recourse.account.PhoneKind;
import org.recourse.account.PhoneNumbers;
import org.recourse.account.PostalAddress;
import org.recourse.casework.CollectionCases;
import org.recourse.casework.ContactData;
import org.recourse.platform.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contact data", description = "The debtor's numbers and addresses: new ones, wrong numbers, returned mail")
class ContactDataController {

  private final ContactData contactData;
  private final CollectionCases cases;
  private final org.recourse.account.AccountRegistry accounts;
  private final Actors actors;

  ContactDataController(ContactData contactData, CollectionCases cases, org.recourse.account.AccountRegistry accounts,
      Actors actors) {
    this.contactData = contactData;
    this.cases = cases;
    this.accounts = accounts;
    this.actors = actors;
  }

  @GetMapping("/api/cases/{caseNumber}/contact-data")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'legal', 'admin')")
  @Operation(summary = "Every number, address and e-mail on file, wrong numbers and returned addresses marked")
  ContactDetails onFile(@PathVariable String caseNumber) {
    return accounts.contactDetails(cases.require(caseNumber.trim()).getAccountId());
  }

  record NewPhone(String number, PhoneKind kind) {
  }

  @PostMapping("/api/cases/{caseNumber}/phones")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'legal', 'admin')")
  @Operation(summary = "Add a number the debtor gave", description = "In any usual form; refused (400, field number) "
      + "when it is not a phone number or already on file")
  ContactDetails addPhone(@PathVariable String caseNumber, @RequestBody NewPhone phone) {
    contactData.addPhone(caseNumber.trim(), phone.number(), phone.kind(), actors.current());
    return onFile(caseNumber);
  }

  @PostMapping("/api/cases/{caseNumber}/addresses")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'legal', 'admin')")
  @Operation(summary = "Add a mailing address", description = "Letters go there from now on")
  ContactDetails addAddress(@PathVariable String caseNumber, @RequestBody PostalAddress address) {
    contactData.addMailingAddress(caseNumber.trim(), address, actors.current());
    return onFile(caseNumber);
  }

  record Note(String note) {
  }

  @PostMapping("/api/cases/{caseNumber}/phones/{number}/wrong-number")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'legal', 'admin')")
  @Operation(summary = "Mark a number as reaching someone else", description = "It stays on file for the trace and "
      + "is never offered for contact again")
  ContactDetails wrongNumber(@PathVariable String caseNumber, @PathVariable String number,
      @RequestBody(required = false) Note note) {
    contactData.wrongNumber(caseNumber.trim(), e164(number), note == null ? null : note.note(), actors.current());
    return onFile(caseNumber);
  }

  @PostMapping("/api/cases/{caseNumber}/addresses/{addressId}/returned-mail")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'legal', 'admin')")
  @Operation(summary = "Mark an address whose mail came back", description = "Letters go to the next address on "
      + "file; a debtor left with no address and no number is to be traced")
  ContactDetails returnedMail(@PathVariable String caseNumber, @PathVariable long addressId,
      @RequestBody(required = false) Note note) {
    contactData.mailReturned(caseNumber.trim(), addressId, note == null ? null : note.note(), actors.current());
    return onFile(caseNumber);
  }

  private static String e164(String number) {
    try {
      return PhoneNumbers.toE164(number);
    } catch (PhoneNumbers.InvalidPhoneNumberException notANumber) {
      return number;
    }
  }
}
