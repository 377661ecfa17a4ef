package org.recourse.negotiation.internal;

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
import org.hibernate.annotations.DynamicUpdate;

@Entity
// Only what changed is written: the charge and the judgement are set by different transactions.
@DynamicUpdate
public class Installment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "installment_seq")
  @SequenceGenerator(name = "installment_seq", sequenceName = "installment_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "arrangement_id")
  private Arrangement arrangement;

  @Column(nullable = false)
  private int seq;

  @Column(nullable = false)
  private LocalDate dueDate;

  @Column(nullable = false)
  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InstallmentStatus status;

  private Instant judgedAt;

  /** When the installment was charged to the debtor's saved method (once), and what came of it. */
  private Instant chargedAt;
  private String chargeOutcome;

  protected Installment() {
  }

  Installment(Arrangement arrangement, int seq, LocalDate dueDate, BigDecimal amount) {
    this.arrangement = arrangement;
    this.seq = seq;
    this.dueDate = dueDate;
    this.amount = amount;
    this.status = InstallmentStatus.DUE;
  }

  /** A counter-offer changes what is due on the same date, before anything is agreed. */
  void reprice(BigDecimal newAmount) {
    if (status != InstallmentStatus.DUE) {
      throw new IllegalStateException("installment " + seq + " was already judged " + status);
    }
    this.amount = newAmount;
  }

  /** Its arrears were paid after it was judged. */
  void cure(Instant at) {
    if (!status.inArrears()) {
      throw new IllegalStateException("installment " + seq + " is " + status + ", not in arrears");
    }
    this.status = InstallmentStatus.CURED;
    this.judgedAt = at;
  }

  /** A payment that had paid it was reversed: it is in arrears again. */
  void reopen(InstallmentStatus arrears, Instant at) {
    if (!arrears.inArrears() || status.inArrears() || status == InstallmentStatus.DUE
        || status == InstallmentStatus.CANCELLED) {
      throw new IllegalStateException("installment " + seq + " is " + status + " and cannot become " + arrears);
    }
    this.status = arrears;
    this.judgedAt = at;
  }

  void judge(InstallmentStatus verdict, Instant at) {
    if (status != InstallmentStatus.DUE) {
      throw new IllegalStateException("installment " + seq + " was already judged " + status);
    }
    this.status = verdict;
    this.judgedAt = at;
  }

  /** Its arrangement ended, unkept or with its case, before it was due: no longer asked for. */
  void cancel(Instant at) {
    if (status != InstallmentStatus.DUE) {
      throw new IllegalStateException("installment " + seq + " was already judged " + status);
    }
    this.status = InstallmentStatus.CANCELLED;
    this.judgedAt = at;
  }

  /** Charged (or tried) once: what came of it, for the case history and the page. */
  void charged(Instant at, String outcome) {
    if (chargedAt != null) {
      throw new IllegalStateException("installment " + seq + " was already charged at " + chargedAt);
    }
    this.chargedAt = at;
    this.chargeOutcome = outcome;
  }

  public Instant getChargedAt() {
    return chargedAt;
  }

  public String getChargeOutcome() {
    return chargeOutcome;
  }

  Arrangement getArrangement() {
    return arrangement;
  }

  public int getSeq() {
    return seq;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public InstallmentStatus getStatus() {
    return status;
  }
}
