package org.recourse.negotiation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.recourse.negotiation.IncomeAndExpenditure;

/**
 * A debtor's income and expenditure as taken by a collector, monthly: what they earn, what they must pay (housing,
 * utilities, food, transport), what they choose to spend, and what other debts take. What is left is what a plan can
 * ask for. A new statement replaces the last; none is ever changed.
 */
@Entity
@Immutable
public class AffordabilityStatement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "affordability_statement_seq")
  @SequenceGenerator(name = "affordability_statement_seq", sequenceName = "affordability_statement_seq",
      allocationSize = 50)
  private Long id;

  /** The case, by its id: the case itself is casework's. */
  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(nullable = false)
  private BigDecimal monthlyIncome;
  @Column(nullable = false)
  private BigDecimal fixedCosts;
  @Column(nullable = false)
  private BigDecimal flexibleCosts;
  @Column(nullable = false)
  private BigDecimal otherDebts;
  @Column(nullable = false)
  private String recordedBy;
  @Column(nullable = false)
  private Instant recordedAt;

  protected AffordabilityStatement() {
  }

  AffordabilityStatement(long caseId, IncomeAndExpenditure figures, String recordedBy,
      Instant recordedAt) {
    this.caseId = caseId;
    this.monthlyIncome = figures.monthlyIncome();
    this.fixedCosts = figures.fixedCosts();
    this.flexibleCosts = figures.flexibleCosts();
    this.otherDebts = figures.otherDebts();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** What is left each month once costs and other debts are paid; negative when the debtor is short. */
  public BigDecimal disposableIncome() {
    return monthlyIncome.subtract(fixedCosts).subtract(flexibleCosts).subtract(otherDebts);
  }

  public Long getId() {
    return id;
  }

  public BigDecimal getMonthlyIncome() {
    return monthlyIncome;
  }

  public BigDecimal getFixedCosts() {
    return fixedCosts;
  }

  public BigDecimal getFlexibleCosts() {
    return flexibleCosts;
  }

  public BigDecimal getOtherDebts() {
    return otherDebts;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
