package org.recourse.legal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("deliverReferralDelegate")
class DeliverReferralDelegate implements JavaDelegate {

  private final LegalReferrals referrals;

  DeliverReferralDelegate(LegalReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.deliver(execution.getProcessInstanceId());
  }
}
