package org.recourse.correspondence.internal;

import java.util.Map;
import java.util.Set;
import org.recourse.casework.CaseClosed;
import org.recourse.casework.CloseReason;
import org.recourse.correspondence.Letters;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The paid-in-full (or settled-in-full) letter, sent in the transaction that closes a case as paid. */
@Component
public class ClosureLetters {

  private static final Set<CloseReason> PAID = Set.of(CloseReason.PAID_IN_FULL, CloseReason.SETTLED,
      CloseReason.LEGAL_JUDGMENT_SATISFIED, CloseReason.LEGAL_SETTLED, CloseReason.LEGAL_PAID_IN_FULL);

  private final Letters letters;

  ClosureLetters(Letters letters) {
    this.letters = letters;
  }

  @EventListener
  void closed(CaseClosed closed) {
    if (!PAID.contains(closed.reason())) {
      return;
    }
    boolean settled = closed.reason() == CloseReason.SETTLED || closed.reason() == CloseReason.LEGAL_SETTLED;
    letters.sendPaidInFull(closed.caseNumber(), settled, closed.actor());
  }
}
