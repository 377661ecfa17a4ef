package org.recourse.platform.internal;

import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The engine's history level: what the activity level keeps (process, activity and task instances), plus the
 * changes of the routing variables a process branches on. Left out are the instants that carry no information of
 * their own: passes through exclusive gateways, which the next activity shows, and plain start and end events,
 * which the process instance's record names as its start and end activity. The facts shown on forms and what people type into
 * them are recorded by Recourse in its own tables and audit trail, so the engine does not keep a second,
 * unbounded copy of them: a case's history in the engine stays a few kilobytes.
 */
public final class RoutingHistoryLevel implements HistoryLevel {

  static final String NAME = "activity-and-routing";
  private static final int ID = 21;

  private final Set<String> routingVariables;

  public RoutingHistoryLevel(Set<String> routingVariables) {
    this.routingVariables = Set.copyOf(routingVariables);
  }

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (HistoryLevel.HISTORY_LEVEL_ACTIVITY.isHistoryEventProduced(eventType, entity)) {
      return !isInstant(eventType, entity);
    }
    boolean variableEvent = eventType == HistoryEventTypes.VARIABLE_INSTANCE_CREATE
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE
        || eventType == HistoryEventTypes.VARIABLE_INSTANCE_DELETE;
    if (!variableEvent) {
      return false;
    }
    // Asked without an entity, the engine wants to know whether variable history exists at all.
    if (entity instanceof VariableInstance variable) {
      return variable.getTaskId() == null && routingVariables.contains(variable.getName());
    }
    if (entity instanceof HistoricVariableInstance variable) {
      return variable.getTaskId() == null && routingVariables.contains(variable.getName());
    }
    return entity == null;
  }

  private static final Set<String> INSTANTS = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_INCLUSIVE,
      ActivityTypes.START_EVENT, ActivityTypes.END_EVENT_NONE);

  private static boolean isInstant(HistoryEventType eventType, Object entity) {
    boolean activityEvent = eventType == HistoryEventTypes.ACTIVITY_INSTANCE_START
        || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_END;
    if (!activityEvent || !(entity instanceof ExecutionEntity execution) || execution.getActivity() == null) {
      return false;
    }
    return INSTANTS.contains(execution.getActivity().getProperty("type"));
  }
}
