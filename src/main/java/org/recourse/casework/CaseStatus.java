package org.recourse.casework;

/** Where a case stands in the business sense; the process holds the finer-grained position. */
public enum CaseStatus {
  PLACED,
  IN_COLLECTION,
  TRACING,
  NEGOTIATING,
  IN_ARRANGEMENT,
  FINAL_DEMAND,
  LEGAL,
  CLOSED;

  public boolean isOpen() {
    return this != CLOSED;
  }
}
