package org.recourse.correspondence;

/** How a document reaches the debtor, if it does. */
public enum Channel {
  /** Printed in the daily batch and posted by the mail house. */
  POST,
  /** Attached to an e-mail to an address the debtor consented to. */
  EMAIL,
  /** Never sent to the debtor: kept for the case's own people (a court packet for the legal team). */
  INTERNAL
}
