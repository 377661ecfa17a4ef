package org.recourse.intake;

public enum ImportStatus {
  QUEUED,
  RUNNING,
  COMPLETED,
  /** Stopped on a file that cannot be read further; the rows before the failure are kept. */
  FAILED
}
