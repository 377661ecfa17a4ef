package org.recourse.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Regulation F itemization of a ledger (12 CFR 1006.34(c)(2)): what was owed on the itemization date, then the
 * interest and fees charged, and the payments and credits made since, to the balance now. The one reading of the
 * ledger that every letter, the court packet and the API give, so that none contradicts another.
 *
 * <p>A reversal undoes its payment and a refund pays a credit back: both lower payments and credits, they are no fee.
 * A negative adjustment (a settlement's discount) is a credit; a positive one a fee, the only other charge a ledger
 * may carry.
 *
 * @param lastPayment the latest payment that stands (not reversed); null when there is none
 */
public record StatementOfAccount(BigDecimal owedOnItemizationDate, BigDecimal interest, BigDecimal fees,
    BigDecimal paymentsAndCredits, BigDecimal balance, LastPayment lastPayment) {

  public record LastPayment(LocalDate date, BigDecimal amount) {
  }

  public static StatementOfAccount of(List<LedgerEntry> entries) {
    BigDecimal owed = zero();
    BigDecimal interest = zero();
    BigDecimal fees = zero();
    BigDecimal credits = zero();
    Set<Long> reversed = new HashSet<>();
    for (LedgerEntry entry : entries) {
      if (entry.getKind() == LedgerEntryKind.REVERSAL && entry.getReversesId() != null) {
        reversed.add(entry.getReversesId());
      }
    }
    LedgerEntry lastPayment = null;
    for (LedgerEntry entry : entries) {
      BigDecimal amount = entry.getAmount();
      switch (entry.getKind()) {
        case ITEMIZATION -> owed = owed.add(amount);
        case INTEREST -> interest = interest.add(amount);
        case FEE -> fees = fees.add(amount);
        case PRIOR_CREDIT, PAYMENT, REVERSAL, REFUND -> credits = credits.subtract(amount);
        case ADJUSTMENT -> {
          if (amount.signum() < 0) {
            credits = credits.subtract(amount);
          } else {
            fees = fees.add(amount);
          }
        }
      }
      if (entry.getKind() == LedgerEntryKind.PAYMENT && !reversed.contains(entry.getId())) {
        lastPayment = entry;
      }
    }
    return new StatementOfAccount(owed, interest, fees, credits, owed.add(interest).add(fees).subtract(credits),
        lastPayment == null ? null : new LastPayment(lastPayment.getEffectiveDate(), lastPayment.getAmount().negate()));
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
