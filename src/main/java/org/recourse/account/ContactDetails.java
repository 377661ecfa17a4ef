package org.recourse.account;

import java.time.Instant;
import java.util.List;

/**
 * Everything on file of how to reach a debtor, for the people who work the case: numbers known to be wrong and
 * addresses whose mail came back stay listed, marked, for the trace (the guard and the letters never use them).
 */
public record ContactDetails(List<Phone> phones, List<Address> addresses, List<Email> emails) {

  public record Phone(long id, String e164, String display, PhoneKind kind, Instant wrongNumberAt) {

    public boolean wrongNumber() {
      return wrongNumberAt != null;
    }
  }

  public record Address(long id, String kind, PostalAddress address, boolean forLetters, Instant returnedAt) {

    public boolean returned() {
      return returnedAt != null;
    }
  }

  public record Email(String address, boolean consentToEmail) {
  }

  static ContactDetails of(Debtor debtor) {
    DebtorAddress letters = debtor.mailingAddress();
    return new ContactDetails(
        debtor.getPhones().stream().map(p -> new Phone(p.getId(), p.getNumber(), PhoneNumbers.display(p.getNumber()),
            p.getKind(), p.getWrongNumberAt())).toList(),
        debtor.getAddresses().stream().map(a -> new Address(a.getId(), a.getKind().name().toLowerCase(java.util.Locale.ROOT), a.toPostalAddress(),
            a == letters, a.getReturnedAt())).toList(),
        debtor.getEmails().stream().map(e -> new Email(e.getAddress(), e.isConsentToEmail())).toList());
  }
}
