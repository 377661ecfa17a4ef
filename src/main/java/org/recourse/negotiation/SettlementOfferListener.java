package org.recourse.negotiation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.recourse.casework.CaseProcess;
import org.recourse.platform.Money;
import org.springframework.stereotype.Component;

/** Puts the settlement offer on the approver's form. */
@Component("settlementOfferListener")
class SettlementOfferListener implements TaskListener {

  private final Arrangements arrangements;
  private final ObjectMapper json;
  private final Clock clock;

  SettlementOfferListener(Arrangements arrangements, ObjectMapper json, Clock clock) {
    this.arrangements = arrangements;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Arrangement offer = arrangements.get((Long) task.getVariable(CaseProcess.Vars.ARRANGEMENT_ID));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("amount", Money.usd(offer.getTotalAmount()));
    facts.put("balance", Money.usd(offer.getBalanceAtProposal()));
    facts.put("discount", Money.usd(offer.getBalanceAtProposal().subtract(offer.getTotalAmount())));
    facts.put("discountPercent", Arrangements.discountPercent(offer.getTotalAmount(), offer.getBalanceAtProposal()));
    facts.put("dueDate", offer.getInstallments().get(offer.getInstallments().size() - 1).getDueDate().toString());
    facts.put("proposedBy", offer.getProposedBy());
    facts.put("proposedOn", offer.countsPaymentsFrom(clock.getZone()).toString());
    try {
      task.setVariableLocal(NegotiationVars.OFFER, SpinValues.jsonValue(json.writeValueAsString(facts)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("offer " + offer.getId() + " cannot be written as JSON", e);
    }
  }
}
