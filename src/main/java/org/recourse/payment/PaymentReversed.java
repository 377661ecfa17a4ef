package org.recourse.payment;

import java.math.BigDecimal;

/**
 * Published in the reversal's transaction when a payment was undone (returned, charged back, posted in error; not
 * when it had been undone before): {@code amount} is the payment's, owed again, so that the case's processes can
 * react.
 */
public record PaymentReversed(String caseNumber, long accountId, String reference, BigDecimal amount,
    BigDecimal balanceAfter, String actor) {
}
