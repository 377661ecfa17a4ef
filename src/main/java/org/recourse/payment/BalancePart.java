package org.recourse.payment;

/** The parts a balance is made of. Every ledger entry says how much of it moves each part. */
public enum BalancePart {
  PRINCIPAL,
  INTEREST,
  FEES
}
