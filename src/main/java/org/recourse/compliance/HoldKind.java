package org.recourse.compliance;

/** Events in a debtor's life or rights that stop or limit collection until something lifts them. */
public enum HoldKind {
  /**
   * A written dispute, or a request for the original creditor's name and address (FDCPA 1692g(b), 12 CFR 1006.38).
   * Received within the validation period it stops collection until verification (or the original creditor's name
   * and address) is sent; received later it is recorded and worked without stopping collection.
   */
  DISPUTE,
  /** A bankruptcy petition: the automatic stay (11 USC 362) stops every act to collect until it is dismissed. */
  BANKRUPTCY,
  /** The debtor died: collection waits for a person authorised for the estate, and then deals with them only. */
  DECEASED,
  /**
   * The debtor is, or may be, a servicemember on active duty (SCRA): collection goes on, and the flag travels to the
   * legal team, who may not seek a default judgment without the military-status affidavit.
   */
  SERVICEMEMBER
}
