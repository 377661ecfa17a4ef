package org.recourse.legal.internal.litigation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.legal.internal.LegalProcess;
import org.springframework.stereotype.Component;

@Component("checkSettlementDelegate")
public class CheckSettlementDelegate implements JavaDelegate {

  private final Litigation litigation;

  CheckSettlementDelegate(Litigation litigation) {
    this.litigation = litigation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LegalProcess.SETTLEMENT_PAID, litigation.checkSettlement(execution.getProcessInstanceId()));
  }
}
