package org.recourse.payment.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.recourse.payment.Ledger;
import org.recourse.payment.internal.Refund;
import org.recourse.payment.Refunds;
import org.recourse.platform.Money;
import org.recourse.platform.StaffTime;
import org.springframework.stereotype.Component;

/** Puts the refund on the approver's form (task-local {@code refund}): what, why, who asked, what the credit is. */
@Component("refundFactsListener")
public class RefundFactsListener implements TaskListener {

  private final Refunds refunds;
  private final Ledger ledger;
  private final ObjectMapper json;
  private final Clock clock;

  RefundFactsListener(Refunds refunds, Ledger ledger, ObjectMapper json, Clock clock) {
    this.refunds = refunds;
    this.ledger = ledger;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Refund refund = refunds.get((Long) task.getVariable(RefundApprovals.REFUND_ID));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("amount", Money.usd(refund.getAmount()));
    facts.put("reason", refund.getReason());
    facts.put("requestedBy", refund.getRequestedBy());
    facts.put("requestedAt", StaffTime.format(refund.getRequestedAt(), clock));
    facts.put("creditBalance", Money.usd(ledger.parts(refund.getAccountId()).creditBalance()));
    try {
      task.setVariableLocal("refund", SpinValues.jsonValue(json.writeValueAsString(facts)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("refund " + refund.getId() + " cannot be written as JSON", e);
    }
  }
}
