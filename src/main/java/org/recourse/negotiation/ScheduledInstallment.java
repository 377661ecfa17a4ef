package org.recourse.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One installment of a schedule before it is agreed. */
public record ScheduledInstallment(LocalDate dueDate, BigDecimal amount) {
}
