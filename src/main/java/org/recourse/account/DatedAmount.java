package org.recourse.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An amount on a date: the charge-off balance, the last payment. */
public record DatedAmount(LocalDate date, BigDecimal amount) {
}
