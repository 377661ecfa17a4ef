package org.recourse.account;

/**
 * The reference date of the Regulation F itemization (12 CFR 1006.34(b)(3)). Once chosen for a debt it is used
 * for every field of that debt.
 */
public enum ItemizationDateType {
  LAST_STATEMENT,
  CHARGE_OFF,
  LAST_PAYMENT,
  TRANSACTION,
  JUDGMENT
}
