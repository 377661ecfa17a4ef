package org.recourse.negotiation.internal;

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
  /** An installment still in arrears this many days after its due date puts the plan in default by itself. */
  private int defaultAfterDaysLate = 30;
  /** Defaulted plans or settlements that go back to the collector for a new arrangement before a final demand. */
  private int renegotiationsBeforeDemand = 1;
  /** Days after a promise's date before it is judged: a payment made on the day may take this long to post. */
  private int promiseGraceDays = 1;
  /** How much of a promised amount may be missing for the promise to count as kept, in percent. */
  private BigDecimal promiseTolerancePercent = new BigDecimal("5");
  /** The smallest down payment a plan must start with, in percent of the balance; 0 makes it optional. */
  private BigDecimal minDownPaymentPercent = BigDecimal.ZERO;
  /** A settlement is a lump sum or a short series of monthly payments: at most this many. */
  private int maxSettlementPayments = 3;
  /** Days a settlement offer sent to the debtor stands before it expires. */
  private int offerValidDays = 14;

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

  public int getDefaultAfterDaysLate() {
    return defaultAfterDaysLate;
  }

  public void setDefaultAfterDaysLate(int defaultAfterDaysLate) {
    this.defaultAfterDaysLate = defaultAfterDaysLate;
  }

  public int getRenegotiationsBeforeDemand() {
    return renegotiationsBeforeDemand;
  }

  public void setRenegotiationsBeforeDemand(int renegotiationsBeforeDemand) {
    this.renegotiationsBeforeDemand = renegotiationsBeforeDemand;
  }

  public int getPromiseGraceDays() {
    return promiseGraceDays;
  }

  public void setPromiseGraceDays(int promiseGraceDays) {
    this.promiseGraceDays = promiseGraceDays;
  }

  public BigDecimal getPromiseTolerancePercent() {
    return promiseTolerancePercent;
  }

  public void setPromiseTolerancePercent(BigDecimal promiseTolerancePercent) {
    this.promiseTolerancePercent = promiseTolerancePercent;
  }

  public BigDecimal getMinDownPaymentPercent() {
    return minDownPaymentPercent;
  }

  public void setMinDownPaymentPercent(BigDecimal minDownPaymentPercent) {
    this.minDownPaymentPercent = minDownPaymentPercent;
  }

  public int getMaxSettlementPayments() {
    return maxSettlementPayments;
  }

  public void setMaxSettlementPayments(int maxSettlementPayments) {
    this.maxSettlementPayments = maxSettlementPayments;
  }

  public int getOfferValidDays() {
    return offerValidDays;
  }

  public void setOfferValidDays(int offerValidDays) {
    this.offerValidDays = offerValidDays;
  }
}
