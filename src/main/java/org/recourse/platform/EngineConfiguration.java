package org.recourse.platform;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recourse's settings of the embedded engine beyond what {@code camunda.bpm.*} offers: the history level that keeps
 * routing facts only ({@code camunda.bpm.history-level: activity-and-routing}).
 */
@Component
class EngineConfiguration extends AbstractProcessEnginePlugin {

  private final Set<String> routingVariables;

  EngineConfiguration(@Value("${recourse.engine.history-variables}") Set<String> routingVariables) {
    this.routingVariables = routingVariables;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomHistoryLevels(List.of(new RoutingHistoryLevel(routingVariables)));
  }
}
