package org.recourse.compliance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the guard's answers in a transaction of their own: a refusal is on record even when the action it refused
 * is rolled back.
 */
@Component
class GuardAudit {

  private final GuardDecisionRepository decisions;

  GuardAudit(GuardDecisionRepository decisions) {
    this.decisions = decisions;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void keep(GuardDecision decision) {
    decisions.save(decision);
  }
}
