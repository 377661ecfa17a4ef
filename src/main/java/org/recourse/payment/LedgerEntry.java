package org.recourse.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.recourse.account.Account;

/** One line of an account's ledger. Entries are never changed or deleted; a mistake is corrected by another entry. */
@Entity
@Immutable
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
  @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LedgerEntryKind kind;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(nullable = false)
  private LocalDate effectiveDate;

  /** The external reference of a payment; unique, so the same payment cannot be posted twice. */
  private String reference;

  private String description;

  @Column(nullable = false)
  private Instant recordedAt;

  @Column(nullable = false)
  private String recordedBy;

  protected LedgerEntry() {
  }

  LedgerEntry(Account account, LedgerEntryKind kind, BigDecimal amount, LocalDate effectiveDate, String reference,
      String description, Instant recordedAt, String recordedBy) {
    this.account = account;
    this.kind = kind;
    this.amount = amount;
    this.effectiveDate = effectiveDate;
    this.reference = reference;
    this.description = description;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return account.getId();
  }

  public LedgerEntryKind getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public String getReference() {
    return reference;
  }

  public String getDescription() {
    return description;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
