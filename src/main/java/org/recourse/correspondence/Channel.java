package org.recourse.correspondence;

/** How a document reaches the debtor. */
public enum Channel {
  /** Printed in the daily batch and posted by the mail house. */
  POST,
  /** Attached to an e-mail to an address the debtor consented to. */
  EMAIL
}
