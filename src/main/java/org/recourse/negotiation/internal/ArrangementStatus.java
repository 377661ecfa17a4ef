package org.recourse.negotiation.internal;

/** Where an arrangement stands, from its proposal to its end. */
public enum ArrangementStatus {
  PROPOSED,
  AGREED,
  /** An approver turned the settlement down. */
  REJECTED,
  /** The debtor turned down the plan or the settlement offer. */
  DECLINED,
  /** A settlement offer the debtor did not accept before it expired. */
  EXPIRED,
  COMPLETED,
  /** A promise that was not kept. */
  BROKEN,
  /** A promise of which some, but not enough, was paid. */
  PARTIALLY_KEPT,
  /** A plan or settlement whose installments were missed. */
  DEFAULTED,
  /**
   * Still agreed when its case closed for another reason than payment (recalled, uncollectable, a dispute not
   * verified, ...): it runs no further.
   */
  ENDED
}
