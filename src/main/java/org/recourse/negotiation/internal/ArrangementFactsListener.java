package org.recourse.negotiation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.recourse.casework.CaseProcess;
import org.springframework.stereotype.Component;

/** Puts the arrangement's {@link OfferFacts} on the form of the task that decides it, as task-local {@code offer}. */
@Component("arrangementFactsListener")
public class ArrangementFactsListener implements TaskListener {

  private final OfferFacts offers;
  private final ObjectMapper json;

  ArrangementFactsListener(OfferFacts offers, ObjectMapper json) {
    this.offers = offers;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    long arrangementId = (Long) task.getVariable(CaseProcess.Vars.ARRANGEMENT_ID);
    var facts = offers.of(task.getExecution().getProcessBusinessKey(), arrangementId,
        task.getVariable(NegotiationVars.APPROVER_GROUP));
    try {
      task.setVariableLocal(NegotiationVars.OFFER, SpinValues.jsonValue(json.writeValueAsString(facts)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("arrangement " + arrangementId + " cannot be written as JSON", e);
    }
  }
}
