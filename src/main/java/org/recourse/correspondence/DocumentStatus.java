package org.recourse.correspondence;

/** Where a document is on its way to the debtor. */
public enum DocumentStatus {
  /** Recorded with its data; a renderer lays it out as PDF next. */
  RENDERING,
  /** Waiting for the print batch or the mail dispatcher. */
  QUEUED,
  /** In a print batch that the mail house has not yet confirmed. */
  BATCHED,
  /** Posted (batch confirmed) or e-mailed (accepted by the SMTP server). */
  SENT,
  /** It could not be rendered after its last try; a person was asked to act. */
  FAILED,
  /** Generated for the case's own people (a court packet) and kept as it was made; never sent to the debtor. */
  FILED,
  /**
   * The contact guard refused it when it was about to leave (a hold or a cease request arrived after it was
   * written): it never goes out, and the case's history says why.
   */
  WITHHELD
}
