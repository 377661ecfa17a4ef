package org.recourse.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.recourse.payment.LedgerEntry;
import org.recourse.payment.internal.RefundStatus;

/**
 * A refund of a credit balance: requested by a collector or manager, decided by another manager. Approved, it has
 * the REFUND entry that paid it back.
 */
@Entity
public class Refund {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_seq")
  @SequenceGenerator(name = "refund_seq", sequenceName = "refund_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private long accountId;

  @Column(nullable = false)
  private String caseNumber;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(nullable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RefundStatus status;

  @Column(nullable = false)
  private String requestedBy;

  @Column(nullable = false)
  private Instant requestedAt;

  private String decidedBy;
  private Instant decidedAt;
  private String note;

  /** The REFUND entry of an approved refund. */
  private Long entryId;

  @Version
  private long version;

  protected Refund() {
  }

  public Refund(long accountId, String caseNumber, BigDecimal amount, String reason, String requestedBy,
      Instant requestedAt) {
    this.accountId = accountId;
    this.caseNumber = caseNumber;
    this.amount = amount;
    this.reason = reason;
    this.status = RefundStatus.PENDING;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  public void approve(String actor, String note, Instant at, LedgerEntry entry) {
    decide(RefundStatus.APPROVED, actor, note, at);
    this.entryId = entry.getId();
  }

  public void reject(String actor, String note, Instant at) {
    decide(RefundStatus.REJECTED, actor, note, at);
  }

  private void decide(RefundStatus outcome, String actor, String note, Instant at) {
    this.status = outcome;
    this.decidedBy = actor;
    this.decidedAt = at;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public RefundStatus getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getNote() {
    return note;
  }

  public Long getEntryId() {
    return entryId;
  }
}
