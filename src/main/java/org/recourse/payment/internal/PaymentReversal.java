package org.recourse.payment.internal;

import java.math.BigDecimal;
import org.recourse.payment.LedgerEntry;

/**
 * The outcome of reversing a payment: the payment, the entry that undid it, whether that had happened before
 * (then nothing changed), and the balance now.
 */
public record PaymentReversal(String caseNumber, LedgerEntry payment, LedgerEntry reversal, boolean alreadyReversed,
    BigDecimal balanceAfter) {
}
