package org.recourse.legal.internal.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("deliverReferralDelegate")
public class DeliverReferralDelegate implements JavaDelegate {

  private final LegalReferrals referrals;

  DeliverReferralDelegate(LegalReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.deliver(execution.getProcessInstanceId());
  }
}
