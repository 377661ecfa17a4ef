package org.recourse.negotiation;

public enum ArrangementStatus {
  PROPOSED,
  AGREED,
  REJECTED,
  COMPLETED,
  /** A promise that was not kept. */
  BROKEN,
  /** A plan or settlement whose installments were missed. */
  DEFAULTED
}
