package org.recourse.legal.internal.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.legal.internal.LegalProcess;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

@Component("checkEligibilityDelegate")
public class CheckEligibilityDelegate implements JavaDelegate {

  private final LegalReferrals referrals;

  CheckEligibilityDelegate(LegalReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var eligibility = referrals.assess(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        Actors.SYSTEM);
    execution.setVariable(LegalProcess.ELIGIBLE, eligibility.eligible());
  }
}
