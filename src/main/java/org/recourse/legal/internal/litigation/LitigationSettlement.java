package org.recourse.legal.internal.litigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A settlement the legal team agreed with the debtor (or their counsel) during litigation: an amount, less than the
 * balance, to be paid by a date. Paid by then, it ends the suit and the rest is written off; unpaid, it lapses and
 * the suit goes on.
 */
@Entity
@Table(name = "litigation_settlement")
public class LitigationSettlement {

  /** Where a settlement stands. */
  public enum Status { AGREED, PAID, LAPSED }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "litigation_settlement_seq")
  @SequenceGenerator(name = "litigation_settlement_seq", sequenceName = "litigation_settlement_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private long referralId;
  @Column(nullable = false)
  private BigDecimal amount;
  @Column(nullable = false)
  private BigDecimal balanceAtAgreement;
  @Column(nullable = false)
  private LocalDate agreedOn;
  @Column(nullable = false)
  private LocalDate payBy;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;
  @Column(nullable = false)
  private String recordedBy;
  @Column(nullable = false)
  private Instant recordedAt;
  private Instant closedAt;

  @Version
  private long version;

  protected LitigationSettlement() {
  }

  LitigationSettlement(long referralId, BigDecimal amount, BigDecimal balanceAtAgreement, LocalDate agreedOn,
      LocalDate payBy, String recordedBy, Instant recordedAt) {
    this.referralId = referralId;
    this.amount = amount;
    this.balanceAtAgreement = balanceAtAgreement;
    this.agreedOn = agreedOn;
    this.payBy = payBy;
    this.status = Status.AGREED;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void paid(Instant at) {
    this.status = Status.PAID;
    this.closedAt = at;
  }

  void lapsed(Instant at) {
    this.status = Status.LAPSED;
    this.closedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getReferralId() {
    return referralId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getBalanceAtAgreement() {
    return balanceAtAgreement;
  }

  public LocalDate getAgreedOn() {
    return agreedOn;
  }

  public LocalDate getPayBy() {
    return payBy;
  }

  public Status getStatus() {
    return status;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
