package org.recourse.payment.internal;

import java.math.BigDecimal;

/** Published in the request's transaction: a refund waits for a manager's decision. */
public record RefundRequested(String caseNumber, long refundId, BigDecimal amount, String requestedBy) {
}
