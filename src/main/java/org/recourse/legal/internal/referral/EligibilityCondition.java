package org.recourse.legal.internal.referral;

import java.math.BigDecimal;
import org.recourse.platform.Money;

/**
 * The conditions of legal eligibility, by the codes the {@code legal-eligibility} decision gives for those that fail.
 * The decision says which fail and why in general; each condition here adds the case's own figures, and says how a
 * case meets it, for the referral's record and the court packet.
 */
public enum EligibilityCondition {
  BALANCE_BELOW_MINIMUM {
    @Override
    String figures(LegalEligibility.Facts f) {
      return "the balance is " + money(f, f.balance()) + ", the minimum " + money(f, f.minimumBalance());
    }

    @Override
    String met(LegalEligibility.Facts f) {
      return "The balance of " + money(f, f.balance()) + " is at least the minimum of " + money(f, f.minimumBalance())
          + " for suit.";
    }
  },
  VALIDATION_PERIOD_NOT_OVER {
    @Override
    String figures(LegalEligibility.Facts f) {
      return f.validationPeriodEnds() == null ? "the validation notice has not been sent"
          : "it ends on " + f.validationPeriodEnds();
    }

    @Override
    String met(LegalEligibility.Facts f) {
      return "The validation period ended on " + f.validationPeriodEnds() + ".";
    }
  },
  OPEN_DISPUTE {
    @Override
    String figures(LegalEligibility.Facts f) {
      return "the dispute received on " + f.openDisputeReceivedOn() + " is not yet answered";
    }

    @Override
    String met(LegalEligibility.Facts f) {
      return "No dispute is open.";
    }
  },
  HOLD_IN_FORCE {
    @Override
    String figures(LegalEligibility.Facts f) {
      return f.holdInForce();
    }

    @Override
    String met(LegalEligibility.Facts f) {
      return "No hold stops collection.";
    }
  },
  TIME_BARRED {
    @Override
    String figures(LegalEligibility.Facts f) {
      return "the limitation period of " + f.limitationState() + " expired on " + f.limitationExpiresOn();
    }

    @Override
    String met(LegalEligibility.Facts f) {
      return "Not time-barred: the debt may be sued on until " + f.limitationExpiresOn() + " (" + f.limitationState()
          + ").";
    }
  },
  BANKRUPT {
    @Override
    String figures(LegalEligibility.Facts f) {
      return f.bankruptcy();
    }

    @Override
    String met(LegalEligibility.Facts f) {
      return "No bankruptcy is in force.";
    }
  },
  NO_FINAL_DEMAND {
    @Override
    String figures(LegalEligibility.Facts f) {
      return "none has been sent to the debtor";
    }

    @Override
    String met(LegalEligibility.Facts f) {
      return "The final demand went out on " + f.finalDemandSentOn() + ".";
    }
  },
  FINAL_DEMAND_PERIOD_RUNNING {
    @Override
    String figures(LegalEligibility.Facts f) {
      return "the final demand went out on " + f.finalDemandSentOn() + "; its waiting period of "
          + f.waitingPeriodDays() + " days ends on " + f.finalDemandSentOn().plusDays(f.waitingPeriodDays());
    }

    @Override
    String met(LegalEligibility.Facts f) {
      return "The final demand's waiting period of " + f.waitingPeriodDays() + " days ended on "
          + f.finalDemandSentOn().plusDays(f.waitingPeriodDays()) + ".";
    }
  },
  DEBTOR_NOT_LOCATED {
    @Override
    String figures(LegalEligibility.Facts f) {
      return f.notLocatedBecause();
    }

    @Override
    String met(LegalEligibility.Facts f) {
      return "The debtor is located at " + f.mailingAddress() + ".";
    }
  };

  /** The case's figures for a failure of this condition, e.g. "the balance is $640.00, the minimum $1,000.00". */
  abstract String figures(LegalEligibility.Facts facts);

  /** How the case meets this condition, as a sentence. */
  abstract String met(LegalEligibility.Facts facts);

  private static String money(LegalEligibility.Facts f, BigDecimal amount) {
    return Money.format(amount, f.currency());
  }
}
