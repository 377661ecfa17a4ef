package org.recourse.compliance;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The validation period of 12 CFR 1006.34(b)(5): a notice is assumed received on the fifth business day after it
 * is sent (1006.34(b)(5) with the safe harbour of 1006.42: Saturdays, Sundays and federal holidays not counted),
 * and the period ends 30 days after that receipt date. The end date is printed on the notice and no step that
 * would overshadow the consumer's rights (a demand, a referral to legal action) runs before the day after it.
 */
@Component
public class ValidationPeriod {

  static final int RECEIPT_BUSINESS_DAYS = 5;
  static final int PERIOD_DAYS = 30;

  private final FederalHolidays holidays;

  public ValidationPeriod(FederalHolidays holidays) {
    this.holidays = holidays;
  }

  /** The day the consumer is assumed to receive a notice sent on {@code sentOn}. */
  public LocalDate assumedReceipt(LocalDate sentOn) {
    return holidays.businessDaysAfter(sentOn, RECEIPT_BUSINESS_DAYS);
  }

  /** The last day of the validation period of a notice sent on {@code sentOn}. */
  public LocalDate endDate(LocalDate sentOn) {
    return assumedReceipt(sentOn).plusDays(PERIOD_DAYS);
  }
}
