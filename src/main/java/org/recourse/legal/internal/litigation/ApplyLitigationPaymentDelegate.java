package org.recourse.legal.internal.litigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.legal.internal.LegalProcess;
import org.springframework.stereotype.Component;

/** Whether a payment ends the suit, and as what: the routing fact and, when it does, the outcome. */
@Component("applyLitigationPaymentDelegate")
public class ApplyLitigationPaymentDelegate implements JavaDelegate {

  private final Litigation litigation;

  ApplyLitigationPaymentDelegate(Litigation litigation) {
    this.litigation = litigation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = litigation.applyPayment(execution.getProcessInstanceId());
    execution.setVariable(LegalProcess.LITIGATION_SATISFIED, outcome.isPresent());
    outcome.ifPresent(ended -> execution.setVariable(CaseProcess.Vars.LEGAL_OUTCOME, ended.name()));
  }
}
