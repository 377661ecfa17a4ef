package org.recourse.account;

import java.time.Instant;

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

/** A phone number of the debtor, always in E.164. */
@Entity
public class DebtorPhone {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "debtor_phone_seq")
  @SequenceGenerator(name = "debtor_phone_seq", sequenceName = "debtor_phone_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "debtor_id")
  private Debtor debtor;

  @Column(nullable = false)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PhoneKind kind;

  /** When a person who answered said it is not the debtor's number; such a number is never called again. */
  private Instant wrongNumberAt;

  private String wrongNumberBy;

  protected DebtorPhone() {
  }

  public DebtorPhone(Debtor debtor, String number, PhoneKind kind) {
    this.debtor = debtor;
    this.number = number;
    this.kind = kind;
  }

  public String getNumber() {
    return number;
  }

  public PhoneKind getKind() {
    return kind;
  }

  public Long getId() {
    return id;
  }

  public boolean isWrongNumber() {
    return wrongNumberAt != null;
  }

  public Instant getWrongNumberAt() {
    return wrongNumberAt;
  }

  void markWrongNumber(Instant at, String by) {
    if (wrongNumberAt == null) {
      wrongNumberAt = at;
      wrongNumberBy = by;
    }
  }
}
