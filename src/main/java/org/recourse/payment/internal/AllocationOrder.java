package org.recourse.payment.internal;

import org.recourse.payment.BalancePart;
import org.recourse.payment.BalanceParts;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order in which a credit (a payment, a prior credit, a write-off) pays the parts of a balance: each part in
 * turn is paid what it owes, and what is left after every part is paid stays on principal as a credit balance.
 * Configured with {@code recourse.payment.allocation-order}; fees, then interest, then principal by default.
 */
public record AllocationOrder(List<BalancePart> parts) {

  public static final AllocationOrder DEFAULT =
      new AllocationOrder(List.of(BalancePart.FEES, BalancePart.INTEREST, BalancePart.PRINCIPAL));

  public AllocationOrder {
    parts = List.copyOf(parts);
    if (parts.size() != BalancePart.values().length || !EnumSet.copyOf(parts).equals(EnumSet.allOf(BalancePart.class))) {
      throw new IllegalArgumentException("the allocation order must name each of "
          + EnumSet.allOf(BalancePart.class) + " once, not " + parts);
    }
  }

  /**
   * How a credit of {@code amount} (positive) applies against what is {@code owed}: the parts it lowers, as
   * negative amounts adding up to {@code -amount}. A part owes nothing when it is zero or in credit.
   */
  public BalanceParts apply(BalanceParts owed, BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a credit is applied by its positive amount, not " + amount);
    }
    BalanceParts applied = BalanceParts.ZERO;
    BigDecimal left = amount;
    for (BalancePart part : parts) {
      BigDecimal due = owed.get(part).max(BigDecimal.ZERO);
      BigDecimal paid = left.min(due);
      applied = applied.with(part, paid.negate());
      left = left.subtract(paid);
    }
    // Paid beyond everything owed: a credit balance, held on principal.
    return applied.with(BalancePart.PRINCIPAL, applied.principal().subtract(left));
  }

  @Override
  public String toString() {
    return parts.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
