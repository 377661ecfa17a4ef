package org.recourse.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** The engine's entity manager, sparing the formatting of every row: ids are checked as the engine checks them. */
class LeanEntityManagerTest {

  private final LeanEntityManagerFactory.LeanEntityManager manager =
      new LeanEntityManagerFactory.LeanEntityManager(null, null);

  @Test
  void an_entity_with_an_id_is_not_formatted() {
    assertThatCode(() -> manager.validateId(new Row("5f0c"))).doesNotThrowAnyException();
  }

  @Test
  void an_entity_without_an_id_or_with_the_wildcard_is_refused_with_the_engine_s_message() {
    assertThatThrownBy(() -> manager.validateId(new Row(null)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Row[null] has an invalid id: id is null");
    assertThatThrownBy(() -> manager.validateId(new Row("*")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reserved identifier");
  }

  @Test
  void an_engine_runs_its_processes_with_it() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:lean-entity-manager;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("lean-entity-manager");
    configuration.setJobExecutorActivate(false);
    configuration.setCustomSessionFactories(List.of(new LeanEntityManagerFactory()));
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment().addModelInstance("step.bpmn",
          Bpmn.createExecutableProcess("step").camundaHistoryTimeToLive(1).startEvent().userTask("Task_Step")
              .endEvent().done()).deploy();
      String instance = engine.getRuntimeService().startProcessInstanceByKey("step", "RC-1").getId();
      DbEntityManager used = configuration.getCommandExecutorTxRequired()
          .execute(context -> context.getDbEntityManager());
      assertThat(used).isInstanceOf(LeanEntityManagerFactory.LeanEntityManager.class);

      engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .singleResult().getId());
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
          .singleResult().getEndTime()).isNotNull();
    } finally {
      engine.close();
    }
  }

  /** A row whose formatting would fail the test: the check must not format it. */
  private static final class Row implements DbEntity {

    private String id;

    Row(String id) {
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void setId(String id) {
      this.id = id;
    }

    @Override
    public Object getPersistentState() {
      return id;
    }

    @Override
    public String toString() {
      if (id != null && !"*".equals(id)) {
        throw new AssertionError("an entity with an id was formatted");
      }
      return "Row[" + id + "]";
    }
  }
}
