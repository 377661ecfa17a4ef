package org.recourse.compliance.internal;

/** What starts a state's limitation clock for a debt, as its counsel reads the state's law. */
public enum LimitationClock {
  /** The day the debtor first defaulted (the delinquency date). */
  DELINQUENCY,
  /** The charge-off date, or the delinquency date where the creditor never charged the account off. */
  CHARGE_OFF,
  /** The later of the delinquency date and the last payment the creditor recorded before placement. */
  LAST_PAYMENT_OR_DELINQUENCY
}
