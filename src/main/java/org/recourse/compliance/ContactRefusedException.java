package org.recourse.compliance;

/** A contact the guard refused: answered as 409 with the rule, the reason and when it lifts. */
public class ContactRefusedException extends RuntimeException {

  private final ContactRules.Decision decision;

  public ContactRefusedException(ContactRules.Decision decision) {
    super(decision.reason());
    this.decision = decision;
  }

  public ContactRules.Decision decision() {
    return decision;
  }
}
