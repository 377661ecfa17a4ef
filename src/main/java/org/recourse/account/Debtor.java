package org.recourse.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.recourse.account.internal.AddressKind;

/** The person who owes the debt. */
@Entity
public class Debtor {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_seq")
  @SequenceGenerator(name = "debtor_seq", sequenceName = "debtor_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String firstName;

  @Column(nullable = false)
  private String lastName;

  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Language preferredLanguage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UsState stateOfResidence;

  @Column(nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "debtor", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<DebtorAddress> addresses = new ArrayList<>();

  @OneToMany(mappedBy = "debtor", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<DebtorPhone> phones = new ArrayList<>();

  @OneToMany(mappedBy = "debtor", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<DebtorEmail> emails = new ArrayList<>();

  protected Debtor() {
  }

  public Debtor(String firstName, String lastName, LocalDate dateOfBirth, Language preferredLanguage,
      UsState stateOfResidence, Instant createdAt) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.dateOfBirth = dateOfBirth;
    this.preferredLanguage = preferredLanguage;
    this.stateOfResidence = stateOfResidence;
    this.createdAt = createdAt;
  }

  public DebtorAddress addAddress(AddressKind kind, PostalAddress address) {
    DebtorAddress added = new DebtorAddress(this, kind, address);
    addresses.add(added);
    return added;
  }

  public DebtorPhone addPhone(String e164, PhoneKind kind) {
    DebtorPhone added = new DebtorPhone(this, e164, kind);
    phones.add(added);
    return added;
  }

  public DebtorEmail addEmail(String address, boolean consentToEmail) {
    DebtorEmail added = new DebtorEmail(this, address, consentToEmail);
    emails.add(added);
    return added;
  }

  public Long getId() {
    return id;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  void choosePreferredLanguage(Language language) {
    this.preferredLanguage = java.util.Objects.requireNonNull(language);
  }

  public Language getPreferredLanguage() {
    return preferredLanguage;
  }

  public UsState getStateOfResidence() {
    return stateOfResidence;
  }

  public List<DebtorAddress> getAddresses() {
    return Collections.unmodifiableList(addresses);
  }

  public List<DebtorPhone> getPhones() {
    return Collections.unmodifiableList(phones);
  }

  public List<DebtorEmail> getEmails() {
    return Collections.unmodifiableList(emails);
  }

  /**
   * Where letters go: the latest mailing address, else the latest address on file, leaving out those whose mail came
   * back.
   */
  public DebtorAddress mailingAddress() {
    DebtorAddress latest = null;
    for (int i = addresses.size() - 1; i >= 0; i--) {
      DebtorAddress address = addresses.get(i);
      if (address.isReturned()) {
        continue;
      }
      if (address.getKind() == AddressKind.MAILING) {
        return address;
      }
      latest = latest == null ? address : latest;
    }
    return latest;
  }

  public boolean hasPhone(String e164) {
    return phones.stream().anyMatch(phone -> phone.getNumber().equals(e164));
  }
}
