package org.recourse.compliance;

/** What a dispute asks for, and so which letter answers it (12 CFR 1006.38(c) and (d)). */
public enum DisputeRequest {
  /** The debtor disputes the debt or its amount: answered by verification of the debt. */
  VERIFICATION,
  /** The debtor asks for the name and address of the original creditor: answered with them. */
  ORIGINAL_CREDITOR
}
