package org.recourse.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.recourse.compliance.LimitationPeriods;
import org.recourse.legal.LegalSettings;
import org.recourse.legal.ExpectedRecovery;
import org.recourse.negotiation.internal.OfferFacts;

/** A settlement's approver weighs it against the expected recovery a referral's approver sees: one figure, one text. */
class LegalAlternativeTest {

  private final LegalSettings legal = new LegalSettings();
  private final LimitationPeriods limitations = mock(LimitationPeriods.class);
  private final OfferFacts settlementForm = new OfferFacts(null, null, limitations, legal, null);

  @Test
  void the_settlement_approval_states_the_expected_recovery_of_the_referral_approval_in_its_words() {
    BigDecimal balance = new BigDecimal("2435.00");
    ExpectedRecovery onTheReferral = legal.expectedRecovery(balance, Currency.getInstance("USD"));

    assertThat(onTheReferral.figure()).isEqualTo("$1,011.00");
    assertThat(onTheReferral.basis()).isEqualTo("balance $2,435.00 at 60 % less $450.00 estimated costs");
    assertThat(settlementForm.legalAlternative("C-1", balance)).isEqualTo(
        "Expected recovery $1,011.00 (balance $2,435.00 at 60 % less $450.00 estimated costs), months from now.");
  }

  @Test
  void one_setting_moves_both_and_a_balance_below_the_costs_expects_nothing() {
    legal.setRecoveryRate(new BigDecimal("0.5"));
    legal.setEstimatedCosts(new BigDecimal("300.00"));

    assertThat(settlementForm.legalAlternative("C-2", new BigDecimal("1000.00")))
        .contains(legal.expectedRecovery(new BigDecimal("1000.00"), Currency.getInstance("USD")).stated())
        .contains("$200.00 (balance $1,000.00 at 50 % less $300.00 estimated costs)");
    assertThat(legal.expectedRecovery(new BigDecimal("500.00"), Currency.getInstance("USD")).amount())
        .isEqualByComparingTo("0.00");
  }

  @Test
  void a_time_barred_debt_has_no_legal_alternative() {
    when(limitations.timeBarred("C-3")).thenReturn(true);

    assertThat(settlementForm.legalAlternative("C-3", new BigDecimal("2435.00")))
        .isEqualTo("None: the debt is time-barred and may not be sued on.");
  }
}
