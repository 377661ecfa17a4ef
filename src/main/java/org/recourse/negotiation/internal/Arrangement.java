package org.recourse.negotiation.internal;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.recourse.negotiation.ArrangementKind;
import org.recourse.negotiation.Frequency;
import org.recourse.negotiation.ScheduledInstallment;

/** A promise to pay, a payment plan or a settlement, with its installments. */
@Entity
public class Arrangement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "arrangement_seq")
  @SequenceGenerator(name = "arrangement_seq", sequenceName = "arrangement_seq", allocationSize = 50)
  private Long id;

  /** The case, by its id: the case itself is casework's. */
  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArrangementKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArrangementStatus status;

  @Column(nullable = false)
  private BigDecimal totalAmount;

  @Column(nullable = false)
  private BigDecimal balanceAtProposal;

  @Enumerated(EnumType.STRING)
  private Frequency frequency;

  @Column(nullable = false)
  private String proposedBy;

  @Column(nullable = false)
  private Instant proposedAt;

  private String decidedBy;
  private Instant decidedAt;
  private String decisionNote;

  /** For a settlement an approver countered: the amount first offered. */
  private BigDecimal counteredFrom;

  /** For a settlement offer sent to the debtor: the last day they may accept it. */
  private LocalDate expiresOn;

  /** For a satisfied settlement: the balance written off when it was kept. */
  private BigDecimal writtenOff;

  @Version
  private long version;

  @OneToMany(mappedBy = "arrangement", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<Installment> installments = new ArrayList<>();

  protected Arrangement() {
  }

  Arrangement(long caseId, ArrangementKind kind, BigDecimal balanceAtProposal, Frequency frequency, String proposedBy,
      Instant proposedAt, List<ScheduledInstallment> schedule) {
    this.caseId = caseId;
    this.kind = kind;
    this.status = ArrangementStatus.PROPOSED;
    this.balanceAtProposal = balanceAtProposal;
    this.frequency = frequency;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.totalAmount = schedule(schedule);
  }

  private BigDecimal schedule(List<ScheduledInstallment> schedule) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < schedule.size(); i++) {
      installments.add(new Installment(this, i + 1, schedule.get(i).dueDate(), schedule.get(i).amount()));
      total = total.add(schedule.get(i).amount());
    }
    return total;
  }

  /** An approver said yes; the arrangement is agreed in the next step. */
  void approve(String by, String note, Instant at) {
    requireProposed();
    this.decidedBy = by;
    this.decisionNote = note;
    this.decidedAt = at;
  }

  /**
   * An approver answered the offer with another figure: the same payments, for the new amount, stand approved and go
   * to the debtor as the offer.
   */
  void counter(List<ScheduledInstallment> schedule, String by, String note, Instant at) {
    requireProposed();
    if (schedule.size() != installments.size()) {
      throw new IllegalArgumentException("a counter-offer keeps the offer's " + installments.size() + " payments");
    }
    this.counteredFrom = totalAmount;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < schedule.size(); i++) {
      installments.get(i).reprice(schedule.get(i).amount());
      total = total.add(schedule.get(i).amount());
    }
    this.totalAmount = total;
    this.decidedBy = by;
    this.decisionNote = note;
    this.decidedAt = at;
  }

  void offer(LocalDate lastDay) {
    requireProposed();
    this.expiresOn = lastDay;
  }

  /** The debtor turned it down, or let the offer lapse. */
  void close(ArrangementStatus outcome) {
    requireProposed();
    this.status = outcome;
  }

  void reject(String by, String note, Instant at) {
    requireProposed();
    this.status = ArrangementStatus.REJECTED;
    this.decidedBy = by;
    this.decisionNote = note;
    this.decidedAt = at;
  }

  void agree(String by, Instant at) {
    requireProposed();
    this.status = ArrangementStatus.AGREED;
    if (decidedBy == null) {
      this.decidedBy = by;
      this.decidedAt = at;
    }
  }

  private void requireProposed() {
    if (status != ArrangementStatus.PROPOSED) {
      throw new IllegalStateException("arrangement " + id + " is " + status + ", not proposed");
    }
  }

  /**
   * Ends an agreed arrangement, and with it the installments still waiting: kept, it was paid, perhaps before its
   * last installments were judged (a promise paid on its date, a plan paid off early), so they are paid; ended any
   * other way (in default, with its case), they are no longer asked for.
   */
  void end(ArrangementStatus outcome, Instant at) {
    if (status != ArrangementStatus.AGREED) {
      throw new IllegalStateException("arrangement " + id + " is " + status + ", not agreed");
    }
    this.status = outcome;
    for (Installment installment : installments) {
      if (installment.getStatus() != InstallmentStatus.DUE) {
        continue;
      }
      if (outcome == ArrangementStatus.COMPLETED) {
        installment.judge(InstallmentStatus.PAID, at);
      } else {
        installment.cancel(at);
      }
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public ArrangementKind getKind() {
    return kind;
  }

  public ArrangementStatus getStatus() {
    return status;
  }

  public BigDecimal getTotalAmount() {
    return totalAmount;
  }

  public BigDecimal getBalanceAtProposal() {
    return balanceAtProposal;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public BigDecimal getCounteredFrom() {
    return counteredFrom;
  }

  void writeOff(BigDecimal amount) {
    this.writtenOff = amount;
  }

  /** A completed settlement whose payment was reversed: it was not kept after all. */
  void unkeep() {
    if (status != ArrangementStatus.COMPLETED) {
      throw new IllegalStateException("arrangement " + id + " is " + status + ", not completed");
    }
    this.status = ArrangementStatus.DEFAULTED;
  }

  public BigDecimal getWrittenOff() {
    return writtenOff;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public List<Installment> getInstallments() {
    return Collections.unmodifiableList(installments);
  }

  /** The first day a payment counts towards this arrangement: the day it was proposed. */
  public LocalDate countsPaymentsFrom(java.time.ZoneId zone) {
    return proposedAt.atZone(zone).toLocalDate();
  }
}
