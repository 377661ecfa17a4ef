package org.recourse.payment;

import java.math.BigDecimal;

/**
 * Published in the posting transaction when a payment from outside has been posted (not when the same reference
 * came again), so that the case's processes can react.
 */
public record PaymentReceived(String caseNumber, long accountId, String reference, BigDecimal amount,
    BigDecimal balanceAfter, String actor) {
}
