package org.recourse.negotiation;

import java.math.BigDecimal;

/** A debtor's monthly income and what it must cover, as they state it. */
public record IncomeAndExpenditure(BigDecimal monthlyIncome, BigDecimal fixedCosts, BigDecimal flexibleCosts,
    BigDecimal otherDebts) {
}
