package org.recourse.payment;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.recourse.payment.internal.ReversalReason;

/**
 * One line of an account's ledger. Entries are never changed or deleted; a mistake is corrected by another entry.
 * Each says which parts of the balance it moves: a charge its own part, a payment the parts it paid in the
 * allocation order, a reversal exactly the parts of the payment it undoes. Its parts add up to its amount (the
 * database checks it), so the parts of a balance always add up to the balance.
 */
@Entity
@Immutable
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
  @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
  private Long id;

  /** The account, by its id: the account itself is the account feature's. */
  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LedgerEntryKind kind;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(nullable = false)
  private BigDecimal principal;

  @Column(nullable = false)
  private BigDecimal interest;

  @Column(nullable = false)
  private BigDecimal fees;

  @Column(nullable = false)
  private LocalDate effectiveDate;

  /** The external reference of a payment (or a reversal, a refund); unique, so none is posted twice. */
  private String reference;

  private String description;

  /** The payment a reversal undoes; unique, so a payment is undone once. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reverses_entry_id")
  private LedgerEntry reverses;

  @Enumerated(EnumType.STRING)
  private ReversalReason reversalReason;

  /** The payment file that posted a payment; none for the API and for everything else. */
  private Long paymentFileId;

  @Column(nullable = false)
  private Instant recordedAt;

  @Column(nullable = false)
  private String recordedBy;

  protected LedgerEntry() {
  }

  LedgerEntry(long accountId, LedgerEntryKind kind, BalanceParts parts, LocalDate effectiveDate, String reference,
      String description, Instant recordedAt, String recordedBy) {
    this.accountId = accountId;
    this.kind = kind;
    this.amount = parts.total();
    this.principal = parts.principal();
    this.interest = parts.interest();
    this.fees = parts.fees();
    this.effectiveDate = effectiveDate;
    this.reference = reference;
    this.description = description == null || description.length() <= 200 ? description
        : description.substring(0, 199) + "…";
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  /** The entry that undoes {@code payment}: the same parts, owed again. */
  static LedgerEntry reversalOf(LedgerEntry payment, ReversalReason reason, String reference, String description,
      LocalDate effectiveDate, Instant recordedAt, String recordedBy) {
    LedgerEntry reversal = new LedgerEntry(payment.accountId, LedgerEntryKind.REVERSAL, payment.getParts().negate(),
        effectiveDate, reference, description, recordedAt, recordedBy);
    reversal.reverses = payment;
    reversal.reversalReason = reason;
    return reversal;
  }

  LedgerEntry postedBy(Long paymentFileId) {
    this.paymentFileId = paymentFileId;
    return this;
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public LedgerEntryKind getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  /** The parts this entry moves; for a payment, how it was applied (negative amounts). */
  public BalanceParts getParts() {
    return new BalanceParts(principal, interest, fees);
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

  /** The id of the payment a reversal undoes, or null. */
  public Long getReversesId() {
    return reverses == null ? null : reverses.getId();
  }

  public ReversalReason getReversalReason() {
    return reversalReason;
  }

  public Long getPaymentFileId() {
    return paymentFileId;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
