package org.recourse.payment.internal;

import java.math.BigDecimal;

/**
 * Published in the decision's transaction. Approved, the refund is in the ledger and {@code balanceAfter} counts
 * it; rejected, {@code note} says why.
 */
public record RefundDecided(String caseNumber, long refundId, BigDecimal amount, boolean approved, String decidedBy,
    String note, BigDecimal balanceAfter) {
}
