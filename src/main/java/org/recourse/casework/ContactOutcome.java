package org.recourse.casework;

/** What came of working the account: the choices on the collector's form. */
public enum ContactOutcome {
  PAID_IN_FULL("Paid in full"),
  PROMISE_TO_PAY("Promise to pay"),
  PLAN_REQUESTED("Payment plan requested"),
  SETTLEMENT_REQUESTED("Settlement requested"),
  REFUSES("Refuses to pay"),
  NO_CONTACT("No contact"),
  WRONG_PARTY("Wrong party");

  private final String label;

  ContactOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean leadsToNegotiation() {
    return this == PROMISE_TO_PAY || this == PLAN_REQUESTED || this == SETTLEMENT_REQUESTED;
  }
}
