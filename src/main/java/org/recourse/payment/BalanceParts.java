package org.recourse.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A balance by its parts, or what one entry moves of each part. Amounts are to the cent; the total is the balance
 * (or the entry's amount) by construction. Only principal goes below zero: a credit balance (what was paid beyond
 * everything owed) is held there until it is refunded or reversed.
 */
public record BalanceParts(BigDecimal principal, BigDecimal interest, BigDecimal fees) {

  private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

  public static final BalanceParts ZERO = new BalanceParts(NONE, NONE, NONE);

  public BalanceParts {
    principal = cents(principal);
    interest = cents(interest);
    fees = cents(fees);
  }

  public static BalanceParts of(BalancePart part, BigDecimal amount) {
    return ZERO.with(part, amount);
  }

  /** The balance: principal + interest + fees. */
  public BigDecimal total() {
    return principal.add(interest).add(fees);
  }

  /** What was paid beyond everything owed, as a positive amount; zero while anything is owed. */
  public BigDecimal creditBalance() {
    BigDecimal total = total();
    return total.signum() < 0 ? total.negate() : NONE;
  }

  public BigDecimal get(BalancePart part) {
    return switch (part) {
      case PRINCIPAL -> principal;
      case INTEREST -> interest;
      case FEES -> fees;
    };
  }

  public BalanceParts with(BalancePart part, BigDecimal amount) {
    return switch (part) {
      case PRINCIPAL -> new BalanceParts(amount, interest, fees);
      case INTEREST -> new BalanceParts(principal, amount, fees);
      case FEES -> new BalanceParts(principal, interest, amount);
    };
  }

  public BalanceParts plus(BalanceParts other) {
    return new BalanceParts(principal.add(other.principal), interest.add(other.interest), fees.add(other.fees));
  }

  public BalanceParts negate() {
    return new BalanceParts(principal.negate(), interest.negate(), fees.negate());
  }

  /** Money is kept to the cent: a sub-cent amount is a mistake, never rounded away. */
  private static BigDecimal cents(BigDecimal amount) {
    if (amount == null) {
      return NONE;
    }
    try {
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(amount + " is not an amount in cents", e);
    }
  }
}
