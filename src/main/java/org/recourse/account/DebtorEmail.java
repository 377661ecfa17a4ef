package org.recourse.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

@Entity
public class DebtorEmail {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_email_seq")
  @SequenceGenerator(name = "debtor_email_seq", sequenceName = "debtor_email_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "debtor_id")
  private Debtor debtor;

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private boolean consentToEmail;

  protected DebtorEmail() {
  }

  public DebtorEmail(Debtor debtor, String address, boolean consentToEmail) {
    this.debtor = debtor;
    this.address = address;
    this.consentToEmail = consentToEmail;
  }

  public String getAddress() {
    return address;
  }

  public boolean isConsentToEmail() {
    return consentToEmail;
  }
}
