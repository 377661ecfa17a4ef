package org.recourse.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.recourse.platform.internal.LeanEntityManagerFactory;
import org.recourse.platform.internal.RefusalsAreNotFailures;
import org.recourse.platform.internal.RoutingHistoryLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recourse's settings of the embedded engine beyond what {@code camunda.bpm.*} offers: the history level that keeps
 * routing facts only ({@code camunda.bpm.history-level: activity-and-routing}), the JSON variables Recourse serves
 * from its own tables ({@link ServedJson}), and an entity manager that spares the engine formatting every row it
 * inserts ({@link LeanEntityManagerFactory}), and a task form's refusal logged as the person's mistake it is
 * ({@link RefusalsAreNotFailures}).
 */
@Component
class EngineConfiguration extends AbstractProcessEnginePlugin {

  private final Set<String> routingVariables;
  private final ObjectProvider<ServedJson.Source> servedSources;

  EngineConfiguration(@Value("${recourse.engine.history-variables}") Set<String> routingVariables,
      ObjectProvider<ServedJson.Source> servedSources) {
    this.routingVariables = routingVariables;
    this.servedSources = servedSources;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomHistoryLevels(List.of(new RoutingHistoryLevel(routingVariables)));

    // The sources are beans that use the engine themselves: they are looked up when a variable is first read.
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    // First, so that a reference is never taken for an ordinary JSON value by Spin's serializer.
    serializers.add(0, new ServedJson.Serializer(name -> servedSources.orderedStream()
        .filter(source -> source.name().equals(name)).findFirst().orElse(null)));
    configuration.setCustomPreVariableSerializers(serializers);

    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new LeanEntityManagerFactory());
    configuration.setCustomSessionFactories(sessions);

    configuration.setCommandContextFactory(new RefusalsAreNotFailures(configuration));
  }
}
