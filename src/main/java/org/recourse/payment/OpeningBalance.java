package org.recourse.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the creditor tells us the debt was on the itemization date and what changed it before placement. */
public record OpeningBalance(LocalDate itemizationDate, BigDecimal itemizationAmount, BigDecimal interest,
    BigDecimal fees, BigDecimal paymentsAndCredits) {

  /** The itemization's total: amount + interest + fees - payments and credits. */
  public BigDecimal total() {
    return itemizationAmount.add(interest).add(fees).subtract(paymentsAndCredits);
  }
}
