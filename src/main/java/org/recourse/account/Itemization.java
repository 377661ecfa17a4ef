package org.recourse.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The itemization date of a debt, what kind of date it is, and the amount owed on it. */
public record Itemization(ItemizationDateType dateType, LocalDate date, BigDecimal amount) {
}
