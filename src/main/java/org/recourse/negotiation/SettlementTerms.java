package org.recourse.negotiation;

import org.springframework.stereotype.Component;

/** The settlement-authority decision's inputs, read by the negotiation model: {@code ${settlementTerms...}}. */
@Component("settlementTerms")
public class SettlementTerms {

  private final Arrangements arrangements;

  SettlementTerms(Arrangements arrangements) {
    this.arrangements = arrangements;
  }

  public double discountPercent(Long arrangementId) {
    Arrangement offer = arrangements.get(arrangementId);
    return Arrangements.discountPercent(offer.getTotalAmount(), offer.getBalanceAtProposal()).doubleValue();
  }

  public double balance(Long arrangementId) {
    return arrangements.get(arrangementId).getBalanceAtProposal().doubleValue();
  }
}
