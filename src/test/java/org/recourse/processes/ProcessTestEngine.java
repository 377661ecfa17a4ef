package org.recourse.processes;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * A fresh in-memory engine for the process tests of one model: full history for the assertions, the job executor
 * off (tests execute jobs themselves), and the beans the model's expressions name supplied by the test, so that
 * every delegate and listener is mocked at its boundary.
 */
final class ProcessTestEngine {

  private final Map<Object, Object> beans = new HashMap<>();
  private final ProcessEngine engine;

  ProcessTestEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("process-test-" + UUID.randomUUID());
    configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDmnFeelEnableLegacyBehavior(true);
    configuration.setBeans(beans);
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    engine = configuration.buildProcessEngine();
  }

  ProcessEngine engine() {
    return engine;
  }

  ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(engine).build();
  }

  /** Makes {@code bean} available to the models' expressions as {@code name}. */
  ProcessTestEngine bean(String name, Object bean) {
    beans.put(name, bean);
    return this;
  }

  void initAssertions() {
    AbstractAssertions.init(engine);
  }

  /**
   * Deploys a stand-in for a called process: it waits in a user task "Task_Called" until the test completes it
   * with the variables the real process would have set.
   */
  void deployCalledProcessStandIn(String processKey) {
    BpmnModelInstance standIn = Bpmn.createExecutableProcess(processKey)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Called")
        .endEvent()
        .done();
    engine.getRepositoryService().createDeployment().addModelInstance(processKey + ".bpmn", standIn).deploy();
  }
}
