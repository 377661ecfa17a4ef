package org.recourse.casework;

import java.math.BigDecimal;

/** What the collection-strategy decision reads about a newly placed account. */
public record StrategyFacts(BigDecimal balance, long daysDelinquent, boolean hasPhone, boolean hasEmail) {
}
