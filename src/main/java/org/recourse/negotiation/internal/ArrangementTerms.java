package org.recourse.negotiation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.recourse.account.AccountRegistry;
import org.recourse.negotiation.internal.Arrangement;
import org.recourse.negotiation.internal.Arrangements;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

/**
 * What the negotiation model reads of an arrangement: the settlement-authority decision's inputs and who proposed
 * it, who then answers for the debtor ({@code ${arrangementTerms...}}).
 */
@Component("arrangementTerms")
public class ArrangementTerms {

  private final Arrangements arrangements;
  private final AccountRegistry accounts;
  private final Clock clock;

  ArrangementTerms(Arrangements arrangements, AccountRegistry accounts, Clock clock) {
    this.arrangements = arrangements;
    this.accounts = accounts;
    this.clock = clock;
  }

  public double discountPercent(Long arrangementId) {
    Arrangement offer = arrangements.get(arrangementId);
    return Arrangements.discountPercent(offer.getTotalAmount(), offer.getBalanceAtProposal()).doubleValue();
  }

  public double balance(Long arrangementId) {
    return arrangements.get(arrangementId).getBalanceAtProposal().doubleValue();
  }

  /**
   * The collector who proposed it: they take the debtor's answer. What the debtor proposed on the portal they answer
   * there; meanwhile the task waits in the collectors' queue, for a debtor who calls instead.
   */
  public String proposedBy(Long arrangementId) {
    String proposer = arrangements.get(arrangementId).getProposedBy();
    return Actors.DEBTOR.equals(proposer) ? null : proposer;
  }

  /** Days since the debtor first defaulted: older debts are worth less, and may be settled for less. */
  public long accountAgeDays(Long arrangementId) {
    LocalDate delinquent = accounts.summary(arrangements.get(arrangementId).getCaseId()).delinquencyDate();
    return ChronoUnit.DAYS.between(delinquent, LocalDate.now(clock));
  }
}
