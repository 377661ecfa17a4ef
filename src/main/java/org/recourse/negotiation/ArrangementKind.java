package org.recourse.negotiation;

public enum ArrangementKind {
  /** One payment of an amount by a date. */
  PROMISE,
  /** The balance in installments. */
  PLAN,
  /** Less than the balance, accepted in full satisfaction once paid. */
  SETTLEMENT
}
