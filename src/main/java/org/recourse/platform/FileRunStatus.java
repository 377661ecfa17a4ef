package org.recourse.platform;

/** Where a file Recourse takes in (a portfolio, a payment file) stands. */
public enum FileRunStatus {
  /** Staged, waiting for a run to claim it. */
  QUEUED,
  /** A run works on it, chunk by chunk. */
  RUNNING,
  COMPLETED,
  /** It could not be read to its end; what was read before stays done. */
  FAILED
}
