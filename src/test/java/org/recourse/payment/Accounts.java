package org.recourse.payment;

import java.math.BigDecimal;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.Placement;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.support.TestData;

/** Cases placed for the payment tests, with the opening balance each test needs. */
final class Accounts {

  private Accounts() {
  }

  /** Places an account owing {@code principal} plus interest and fees, less prior credits; returns its case number. */
  static String place(AccountIntake intake, String principal, String interest, String fees, String priorCredits) {
    Placement usual = TestData.placement(TestData.accountNumber(), principal);
    Placement.Itemization owed = usual.itemization();
    Placement placement = new Placement(usual.creditorCode(), usual.accountNumber(), usual.originalCreditor(),
        usual.currentCreditor(), usual.product(), usual.currency(),
        new Placement.Itemization(owed.dateType(), owed.date(), owed.amount(), amount(interest), amount(fees),
            amount(priorCredits)),
        usual.chargeOffDate(), usual.chargeOffBalance(), usual.lastPaymentDate(), usual.lastPaymentAmount(),
        usual.delinquencyDate(), usual.debtor());
    PlacementOutcome outcome = intake.place(placement, "admin");
    if (!(outcome instanceof PlacementOutcome.Placed placed)) {
      throw new IllegalStateException("not placed: " + outcome);
    }
    return placed.caseNumber();
  }

  private static BigDecimal amount(String amount) {
    return amount == null ? null : new BigDecimal(amount);
  }
}
