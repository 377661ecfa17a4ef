package org.recourse.complaint;

/** Where a complaint stands: waiting for its answer, late and with the managers, or answered. */
public enum ComplaintStatus {
  OPEN,
  ESCALATED,
  ANSWERED;

  public boolean isOpen() {
    return this != ANSWERED;
  }
}
