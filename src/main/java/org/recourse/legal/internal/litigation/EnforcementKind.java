package org.recourse.legal.internal.litigation;

/** How a judgment is enforced. */
public enum EnforcementKind {
  /** An order to the debtor's employer to pay part of each paycheck to the creditor. */
  WAGE_GARNISHMENT(true),
  /** A bank account levied (garnished) up to the judgment. */
  BANK_LEVY(true),
  /** A judgment lien on the debtor's real property. */
  PROPERTY_LIEN(false),
  OTHER(false);

  private final boolean needsGarnishee;

  EnforcementKind(boolean needsGarnishee) {
    this.needsGarnishee = needsGarnishee;
  }

  /** Whether it names who is ordered to pay: the employer, the bank. */
  public boolean needsGarnishee() {
    return needsGarnishee;
  }
}
