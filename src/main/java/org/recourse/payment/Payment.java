package org.recourse.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment as received: its own external reference, a positive amount, the day it was received. */
public record Payment(String reference, BigDecimal amount, LocalDate receivedOn, String description) {
}
