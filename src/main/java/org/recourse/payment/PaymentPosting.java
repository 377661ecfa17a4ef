package org.recourse.payment;

import java.math.BigDecimal;

/** The outcome of posting a payment: its entry, whether it had been posted before, and the balance after it. */
public record PaymentPosting(LedgerEntry entry, boolean alreadyPosted, BigDecimal balanceAfter) {
}
