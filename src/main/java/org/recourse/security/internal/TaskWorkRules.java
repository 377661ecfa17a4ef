package org.recourse.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.recourse.platform.TaskForbidden;
import org.recourse.security.Roles;
import org.recourse.security.WorkGrants;
import org.springframework.stereotype.Component;

/**
 * Who may take, hand on and complete a task, by whichever door they come (Tasklist, the engine's REST API, Java).
 * The engine grants a task's candidates only {@link TaskPermissions#TASK_WORK} (read, claim, complete; not reassign,
 * delegate nor set variables): on the task, or on the definition for the definitions a group works by grant
 * ({@link WorkGrants}). Someone who does not run the queues (a manager or an admin does) takes or completes only a
 * task offered to one of their groups or to them, takes it for themselves only and only while nobody holds it, hands
 * back only their own, and completes only a task that is theirs or nobody's (its assignee may hand it back:
 * Tasklist's "unclaim"). The job executor and Recourse's services, which act without a signed-in user, are not
 * limited.
 */
@Component
public class TaskWorkRules extends AbstractProcessEnginePlugin {

  private static final Set<String> RUN_THE_QUEUES = Set.of(Roles.MANAGERS, Roles.ADMIN,
      org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
    configuration.setResourceAuthorizationProvider(new AssigneeHandsBack());
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, TaskWorkRules::assignment);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskWorkRules::completion);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static void assignment(DelegateTask task) {
    String user = limitedUser(task);
    if (user == null) {
      return;
    }
    if (user.equals(task.getAssignee())) {
      requireOffered(task, user);
    }
    PropertyChange change = task instanceof TaskEntity entity
        ? entity.getPropertyChanges().get(TaskEntity.ASSIGNEE) : null;
    String previous = change == null ? null : (String) change.getOrgValue();
    if (previous != null && !previous.equals(user)) {
      throw new TaskForbidden("This task is " + previous + "'s; a manager can reassign it.");
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
      throw new TaskForbidden("You can take a task for yourself only; a manager can assign it to "
          + task.getAssignee() + ".");
    }
  }

  private static void completion(DelegateTask task) {
    String user = limitedUser(task);
    if (user != null && task.getAssignee() != null && !Objects.equals(task.getAssignee(), user)) {
      throw new TaskForbidden("This task is " + task.getAssignee() + "'s; only they can complete it.");
    }
    if (user != null && task.getAssignee() == null) {
      requireOffered(task, user);
    }
  }

  /**
   * A task is taken or completed only by someone it is offered to: one of its candidate groups or users. The engine
   * alone would let a collector work any task of a definition their group works by grant, a manager's included.
   */
  private static void requireOffered(DelegateTask task, String user) {
    List<String> groups = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication()
        .getGroupIds();
    List<String> offeredTo = new ArrayList<>();
    for (IdentityLink candidate : task.getCandidates()) {
      if (user.equals(candidate.getUserId()) || (candidate.getGroupId() != null && groups != null
          && groups.contains(candidate.getGroupId()))) {
        return;
      }
      offeredTo.add(candidate.getGroupId() != null ? candidate.getGroupId() : candidate.getUserId());
    }
    throw new TaskForbidden(offeredTo.isEmpty() ? "This task is offered to nobody; a manager can assign it."
        : "This task is offered to " + String.join(", ", offeredTo) + ", not to you; a manager can assign it.");
  }

  /**
   * The assignee of a task may also hand it back ({@code TASK_ASSIGN}, to nobody or themselves: see above); a
   * candidate group that works the task's definition by grant ({@link WorkGrants}) gets no authorization of its own.
   */
  static final class AssigneeHandsBack extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      if (IdentityLinkType.CANDIDATE.equals(type) && task instanceof TaskEntity entity
          && entity.getProcessDefinitionId() != null
          && WorkGrants.byGrant(groupId, entity.getProcessDefinition().getKey())) {
        return null;
      }
      return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      AuthorizationEntity[] granted = super.newTaskAssignee(task, oldAssignee, newAssignee);
      if (granted != null) {
        for (AuthorizationEntity authorization : granted) {
          if (authorization.getResourceType() == Resources.TASK.resourceType()
              && Objects.equals(newAssignee, authorization.getUserId())) {
            authorization.addPermission(TaskPermissions.TASK_ASSIGN);
          }
        }
      }
      return granted;
    }
  }

  /** The signed-in user when the queues' rules bind them, else null. */
  private static String limitedUser(DelegateTask task) {
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return null;
    }
    boolean runsTheQueues = caller.getGroupIds() != null
        && caller.getGroupIds().stream().anyMatch(RUN_THE_QUEUES::contains);
    return runsTheQueues ? null : caller.getUserId();
  }
}
