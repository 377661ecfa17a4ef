package org.recourse.casework;

/** Where a case stands in the business sense; the process holds the finer-grained position. */
public enum CaseStatus {
  PLACED,
  IN_COLLECTION,
  TRACING,
  NEGOTIATING,
  IN_ARRANGEMENT,
  FINAL_DEMAND,
  /** Referred to legal: eligibility, a manager's approval, the court packet and the legal team's review. */
  LEGAL,
  /** Accepted by the legal team: suit, judgment and enforcement; the legal team's process closes the case. */
  LITIGATION,
  CLOSED;

  public boolean isOpen() {
    return this != CLOSED;
  }
}
