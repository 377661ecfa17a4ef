package org.recourse.payment.internal;

/** Why a payment is undone. */
public enum ReversalReason {
  /** Returned by the bank: insufficient funds, a closed account, a stopped payment. */
  RETURNED,
  /** Disputed by the payer with the card issuer and taken back. */
  CHARGEBACK,
  /** Posted to the wrong case or for the wrong amount. */
  ERROR
}
