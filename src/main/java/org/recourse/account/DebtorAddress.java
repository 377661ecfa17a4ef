package org.recourse.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.recourse.account.internal.AddressKind;

@Entity
public class DebtorAddress {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_address_seq")
  @SequenceGenerator(name = "debtor_address_seq", sequenceName = "debtor_address_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "debtor_id")
  private Debtor debtor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AddressKind kind;

  @Column(nullable = false)
  private String line1;

  private String line2;

  @Column(nullable = false)
  private String city;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UsState state;

  @Column(nullable = false)
  private String postalCode;

  @Column(nullable = false)
  private String country = "US";

  /** When mail sent here came back undelivered; letters go to the next address on file. */
  private Instant returnedAt;

  private String returnedBy;

  protected DebtorAddress() {
  }

  DebtorAddress(Debtor debtor, AddressKind kind, PostalAddress address) {
    this.debtor = debtor;
    this.kind = kind;
    this.line1 = address.line1();
    this.line2 = address.line2();
    this.city = address.city();
    this.state = address.state();
    this.postalCode = address.postalCode();
  }

  public AddressKind getKind() {
    return kind;
  }

  public Long getId() {
    return id;
  }

  public boolean isReturned() {
    return returnedAt != null;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }

  void markReturned(Instant at, String by) {
    if (returnedAt == null) {
      returnedAt = at;
      returnedBy = by;
    }
  }

  public PostalAddress toPostalAddress() {
    return new PostalAddress(line1, line2, city, state, postalCode);
  }
}
