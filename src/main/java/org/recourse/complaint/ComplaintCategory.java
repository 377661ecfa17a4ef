package org.recourse.complaint;

/** What a complaint is about, in the CFPB's own issues for debt collection, so that regulators' and ours agree. */
public enum ComplaintCategory {
  NOT_OWED("Attempts to collect a debt not owed"),
  WRONG_AMOUNT("Wrong amount or written notification about the debt"),
  COMMUNICATION_TACTICS("Communication tactics (calls, times, frequency)"),
  THREATS("False statements, threats or abusive language"),
  PRIVACY("Debt disclosed to others, or privacy"),
  CREDIT_REPORTING("Credit reporting of the debt"),
  PAYMENT_HANDLING("Payments, plans or settlements handled wrongly"),
  OTHER("Something else");

  private final String label;

  ComplaintCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
