package org.recourse.negotiation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Limits on what a collector may arrange, and how arrangements are judged ({@code recourse.negotiation.*}). */
@Component
@ConfigurationProperties("recourse.negotiation")
public class NegotiationSettings {

  /** A promise or the first installment of a plan may fall at most this many days ahead. */
  private int maxDaysAhead = 30;
  private int maxPlanInstallments = 36;
  private BigDecimal minInstallmentAmount = new BigDecimal("25.00");
  /** Days after a due date before an installment is judged. */
  private int graceDays = 5;
  /** Installments not paid in full (short or missed) that put a plan or settlement in default. */
  private int missedInstallmentsToDefault = 2;

  public int getMaxDaysAhead() {
    return maxDaysAhead;
  }

  public void setMaxDaysAhead(int maxDaysAhead) {
    this.maxDaysAhead = maxDaysAhead;
  }

  public int getMaxPlanInstallments() {
    return maxPlanInstallments;
  }

  public void setMaxPlanInstallments(int maxPlanInstallments) {
    this.maxPlanInstallments = maxPlanInstallments;
  }

  public BigDecimal getMinInstallmentAmount() {
    return minInstallmentAmount;
  }

  public void setMinInstallmentAmount(BigDecimal minInstallmentAmount) {
    this.minInstallmentAmount = minInstallmentAmount;
  }

  public int getGraceDays() {
    return graceDays;
  }

  public void setGraceDays(int graceDays) {
    this.graceDays = graceDays;
  }

  public int getMissedInstallmentsToDefault() {
    return missedInstallmentsToDefault;
  }

  public void setMissedInstallmentsToDefault(int missedInstallmentsToDefault) {
    this.missedInstallmentsToDefault = missedInstallmentsToDefault;
  }
}
