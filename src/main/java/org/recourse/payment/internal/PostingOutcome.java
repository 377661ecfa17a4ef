package org.recourse.payment.internal;

import org.recourse.payment.LedgerEntry;
import org.recourse.payment.PaymentPosting;

/** What became of one payment of a batch: posted (now or before), refused for its reference, or for its case. */
public sealed interface PostingOutcome {

  /** Posted now, or found posted before under the same reference for the same account and amount. */
  record Posted(PaymentPosting posting) implements PostingOutcome {
  }

  /** The reference was already used for another payment (another account or amount), or is no payment's. */
  record ReferenceConflict(String reference, LedgerEntry existing) implements PostingOutcome {
  }

  record UnknownCase(String caseNumber) implements PostingOutcome {
  }
}
