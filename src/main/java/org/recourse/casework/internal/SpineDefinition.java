package org.recourse.casework.internal;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.recourse.casework.CaseProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The id of the spine's latest process definition, looked up once per transaction. A start by key makes the engine
 * ask the database for the latest version on every start, a sixth of a placement's start; a portfolio chunk starts
 * its 200 cases in one transaction, all of them of the version that was the latest when the chunk began, as if the
 * chunk had run a moment earlier.
 */
@Component
public class SpineDefinition {

  private final ProcessEngineConfigurationImpl engine;

  SpineDefinition(ProcessEngineConfiguration engine) {
    this.engine = (ProcessEngineConfigurationImpl) engine;
  }

  public String latestId() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return lookUp();
    }
    String id = (String) TransactionSynchronizationManager.getResource(this);
    if (id == null) {
      id = lookUp();
      TransactionSynchronizationManager.bindResource(this, id);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(SpineDefinition.this);
        }
      });
    }
    return id;
  }

  /** As the engine finds it for a start by key, without the caller's authorizations (the start checks those). */
  private String lookUp() {
    return engine.getCommandExecutorTxRequired().execute(context -> context.getProcessEngineConfiguration()
        .getDeploymentCache().findDeployedLatestProcessDefinitionByKey(CaseProcess.COLLECTION_CASE).getId());
  }
}
