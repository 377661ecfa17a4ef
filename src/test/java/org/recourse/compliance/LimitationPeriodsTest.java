package org.recourse.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountSummary;
import org.recourse.account.DatedAmount;
import org.recourse.account.Itemization;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.Language;
import org.recourse.account.Product;
import org.recourse.account.UsState;
import org.recourse.compliance.internal.ComplianceSettings;
import org.recourse.compliance.internal.LimitationClock;

/** When a debt becomes time-barred, by each way a state's clock starts, with and without revival by payment. */
class LimitationPeriodsTest {

  private static final LocalDate DELINQUENT = LocalDate.of(2021, 3, 1);
  private static final LocalDate LAST_PAID_BEFORE_PLACEMENT = LocalDate.of(2021, 5, 10);
  private static final LocalDate CHARGED_OFF = LocalDate.of(2021, 9, 30);

  @Test
  void the_clock_starts_at_the_later_of_default_and_the_last_payment_and_runs_the_states_years() {
    var limitation = LimitationPeriods.compute(period(3, LimitationClock.LAST_PAYMENT_OR_DELINQUENCY, true, false),
        account(UsState.NC), null, LocalDate.of(2024, 5, 10));

    assertThat(limitation.startDate()).isEqualTo(LAST_PAID_BEFORE_PLACEMENT);
    assertThat(limitation.expiresOn()).isEqualTo(LocalDate.of(2024, 5, 10));
    assertThat(limitation.timeBarred()).as("suable on its last day").isFalse();
    assertThat(LimitationPeriods.compute(period(3, LimitationClock.LAST_PAYMENT_OR_DELINQUENCY, true, false),
        account(UsState.NC), null, LocalDate.of(2024, 5, 11)).timeBarred()).as("barred the day after").isTrue();
  }

  @Test
  void a_state_may_count_from_the_default_or_the_charge_off() {
    assertThat(LimitationPeriods.compute(period(3, LimitationClock.DELINQUENCY, false, false), account(UsState.NY),
        null, LocalDate.of(2024, 1, 1)).expiresOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(LimitationPeriods.compute(period(6, LimitationClock.CHARGE_OFF, true, false), account(UsState.OH),
        null, LocalDate.of(2024, 1, 1)).expiresOn()).isEqualTo(LocalDate.of(2027, 9, 30));
  }

  @Test
  void a_payment_revives_the_debt_only_where_the_state_says_so() {
    LocalDate paidHere = LocalDate.of(2025, 2, 14);
    LocalDate today = LocalDate.of(2026, 1, 5);

    var revived = LimitationPeriods.compute(period(3, LimitationClock.LAST_PAYMENT_OR_DELINQUENCY, true, false),
        account(UsState.NC), paidHere, today);
    assertThat(revived.startDate()).isEqualTo(paidHere);
    assertThat(revived.startedBy()).isEqualTo("the last payment");
    assertThat(revived.timeBarred()).isFalse();

    var newYork = LimitationPeriods.compute(period(3, LimitationClock.DELINQUENCY, false, false), account(UsState.NY),
        paidHere, today);
    assertThat(newYork.startDate()).isEqualTo(DELINQUENT);
    assertThat(newYork.timeBarred()).isTrue();
  }

  @Test
  void the_notice_is_required_only_of_a_time_barred_debt_in_a_state_that_asks_for_it() {
    var california = period(4, LimitationClock.LAST_PAYMENT_OR_DELINQUENCY, false, true);
    assertThat(LimitationPeriods.compute(california, account(UsState.CA), null, LocalDate.of(2025, 5, 10))
        .disclosureRequired()).isFalse();
    assertThat(LimitationPeriods.compute(california, account(UsState.CA), null, LocalDate.of(2025, 5, 11))
        .disclosureRequired()).isTrue();
  }

  @Test
  void a_state_the_table_does_not_name_gets_the_default() {
    ComplianceSettings settings = new ComplianceSettings();
    settings.getLimitations().put(UsState.TX, period(4, LimitationClock.LAST_PAYMENT_OR_DELINQUENCY, false, false));
    assertThat(settings.limitationFor(UsState.TX).getYears()).isEqualTo(4);
    assertThat(settings.limitationFor(UsState.GU)).isSameAs(settings.getDefaultLimitation());
    assertThat(settings.getDefaultLimitation().getYears()).isEqualTo(3);
  }

  private static ComplianceSettings.LimitationPeriod period(int years, LimitationClock clock, boolean revives,
      boolean disclosure) {
    ComplianceSettings.LimitationPeriod period = new ComplianceSettings.LimitationPeriod();
    period.setYears(years);
    period.setClockStarts(clock);
    period.setPaymentRevives(revives);
    period.setTimeBarredDisclosure(disclosure);
    return period;
  }

  private static AccountSummary account(UsState state) {
    return new AccountSummary(1, "TST", "Bank", "Bank", "****1234", Product.CREDIT_CARD, Currency.getInstance("USD"),
        DELINQUENT, new Itemization(ItemizationDateType.CHARGE_OFF, CHARGED_OFF, new BigDecimal("900.00")),
        new DatedAmount(CHARGED_OFF, new BigDecimal("900.00")),
        new DatedAmount(LAST_PAID_BEFORE_PLACEMENT, new BigDecimal("40.00")), "Ann Bell", Language.EN, state, null,
        List.of(), List.of());
  }
}
