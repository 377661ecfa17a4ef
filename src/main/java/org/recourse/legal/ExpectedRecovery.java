package org.recourse.legal;

import java.math.BigDecimal;
import java.util.Currency;
import org.recourse.platform.Money;

/**
 * What legal action on a balance is expected to bring, and how it is reckoned: one figure, in the same words on the
 * settlement approval and on the referral approval (see {@link LegalSettings#expectedRecovery}).
 *
 * @param amount the balance at the recovery rate less the estimated costs, never below zero
 * @param figure the amount as people read it, in the account's currency
 * @param basis how, e.g. "balance $2,435.00 at 60 % less $450.00 estimated costs"
 */
public record ExpectedRecovery(BigDecimal amount, String figure, String basis) {

  public static ExpectedRecovery of(BigDecimal amount, BigDecimal balance, BigDecimal rate, BigDecimal costs,
      Currency currency) {
    return new ExpectedRecovery(amount, Money.format(amount, currency), "balance " + Money.format(balance, currency)
        + " at " + rate.movePointRight(2).stripTrailingZeros().toPlainString() + " % less "
        + Money.format(costs, currency) + " estimated costs");
  }

  /** The figure with its basis, e.g. "$1,011.00 (balance $2,435.00 at 60 % less $450.00 estimated costs)". */
  public String stated() {
    return figure + " (" + basis + ")";
  }
}
