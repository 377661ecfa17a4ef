package org.recourse.correspondence.internal;

/** Where an e-mail of the outbox is. */
public enum OutboxStatus {
  /** Waiting for its (next) try. */
  PENDING,
  /** Claimed by a dispatcher that is handing it to the SMTP server. */
  SENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** Refused on every try, or its address opted out meanwhile: not sent, and a person was told. */
  FAILED,
  /**
   * Its dispatcher stopped while handing it over: whether the server took it is not known. It is not sent again by
   * itself (a letter twice is a legal risk); a person checks the server's log and resends it or marks it sent.
   */
  UNCERTAIN,
  /** The contact guard refused it when it was due (a hold, a cease request, an attorney): never sent. */
  WITHHELD
}
