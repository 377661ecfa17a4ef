package org.recourse.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.payment.BalancePart.FEES;
import static org.recourse.payment.BalancePart.INTEREST;
import static org.recourse.payment.BalancePart.PRINCIPAL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.payment.internal.AllocationOrder;
import org.recourse.payment.BalancePart;
import org.recourse.payment.BalanceParts;
import org.recourse.payment.internal.PaymentSettings;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How a credit pays the parts of a balance, in each allocation order. */
class LedgerAllocationTest {

  /** 400.00 principal, 12.50 interest, 35.00 fees. */
  private static final BalanceParts OWED = parts("400.00", "12.50", "35.00");

  static Stream<Arguments> everyOrderPayingForty() {
    // 40.00 pays the first part in full (or as far as it goes), then the next.
    return Stream.of(
        Arguments.of(List.of(FEES, INTEREST, PRINCIPAL), parts("0.00", "5.00", "35.00")),
        Arguments.of(List.of(FEES, PRINCIPAL, INTEREST), parts("5.00", "0.00", "35.00")),
        Arguments.of(List.of(INTEREST, FEES, PRINCIPAL), parts("0.00", "12.50", "27.50")),
        Arguments.of(List.of(INTEREST, PRINCIPAL, FEES), parts("27.50", "12.50", "0.00")),
        Arguments.of(List.of(PRINCIPAL, FEES, INTEREST), parts("40.00", "0.00", "0.00")),
        Arguments.of(List.of(PRINCIPAL, INTEREST, FEES), parts("40.00", "0.00", "0.00")));
  }

  @ParameterizedTest
  @MethodSource("everyOrderPayingForty")
  void a_partial_payment_pays_the_parts_in_the_configured_order(List<BalancePart> order, BalanceParts paid) {
    BalanceParts applied = new AllocationOrder(order).apply(OWED, new BigDecimal("40.00"));

    assertThat(applied).isEqualTo(paid.negate());
    assertThat(applied.total()).isEqualByComparingTo("-40.00");
  }

  @Test
  void successive_partial_payments_pay_each_part_to_zero_and_never_below() {
    AllocationOrder order = AllocationOrder.DEFAULT;
    BalanceParts balance = OWED;
    for (String payment : List.of("20.00", "20.00", "100.00")) {
      balance = balance.plus(order.apply(balance, new BigDecimal(payment)));
    }

    assertThat(balance).isEqualTo(parts("307.50", "0.00", "0.00"));
  }

  @Test
  void what_is_paid_beyond_everything_owed_is_a_credit_balance_on_principal() {
    BalanceParts applied = AllocationOrder.DEFAULT.apply(OWED, new BigDecimal("500.00"));
    BalanceParts after = OWED.plus(applied);

    assertThat(applied).isEqualTo(parts("-452.50", "-12.50", "-35.00"));
    assertThat(after).isEqualTo(parts("-52.50", "0.00", "0.00"));
    assertThat(after.creditBalance()).isEqualByComparingTo("52.50");
    // Every order puts the overpayment in the same place.
    assertThat(new AllocationOrder(List.of(PRINCIPAL, INTEREST, FEES)).apply(OWED, new BigDecimal("500.00")))
        .isEqualTo(applied);
  }

  @Test
  void a_part_already_in_credit_owes_nothing_and_takes_nothing() {
    BalanceParts inCredit = parts("-10.00", "0.00", "25.00");

    assertThat(AllocationOrder.DEFAULT.apply(inCredit, new BigDecimal("30.00")))
        .isEqualTo(parts("-5.00", "0.00", "-25.00"));
  }

  @Test
  void an_order_must_name_each_part_once() {
    assertThatThrownBy(() -> new AllocationOrder(List.of(FEES, INTEREST)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("each of");
    assertThatThrownBy(() -> new AllocationOrder(List.of(FEES, FEES, PRINCIPAL)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_order_is_read_from_configuration_and_a_wrong_one_is_refused_at_startup() {
    PaymentSettings configured = new Binder(new MapConfigurationPropertySource(
        Map.of("recourse.payment.allocation-order", "interest,principal,fees")))
        .bind("recourse.payment", PaymentSettings.class).get();
    assertThat(configured.allocationOrder().parts()).containsExactly(INTEREST, PRINCIPAL, FEES);

    assertThat(new PaymentSettings().allocationOrder()).isEqualTo(AllocationOrder.DEFAULT);
    assertThatThrownBy(() -> new Binder(new MapConfigurationPropertySource(
        Map.of("recourse.payment.allocation-order", "FEES,PRINCIPAL")))
        .bind("recourse.payment", PaymentSettings.class))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage("the allocation order must name each of [PRINCIPAL, INTEREST, FEES] once, not [FEES, PRINCIPAL]");
  }

  @Test
  void amounts_are_kept_to_the_cent_and_a_sub_cent_amount_is_refused() {
    assertThat(parts("1", "2.5", "0").total()).isEqualTo(new BigDecimal("3.50"));
    assertThatThrownBy(() -> parts("1.005", "0", "0")).isInstanceOf(IllegalArgumentException.class);
  }

  static BalanceParts parts(String principal, String interest, String fees) {
    return new BalanceParts(new BigDecimal(principal), new BigDecimal(interest), new BigDecimal(fees));
  }
}
