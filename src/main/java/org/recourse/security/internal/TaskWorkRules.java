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
import org.camunda.bpm.engine.task.Task;
import org.recourse.platform.TaskForbidden;
import org.recourse.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may take, hand on and complete a task, by whichever door they come (Tasklist, the engine's REST API, Java):
 * the engine grants a task's candidates only {@link TaskPermissions#TASK_WORK} (read, claim, complete; not reassign,
 * delegate nor set variables), and someone who does not run the queues (a manager or an admin does) takes a task
 * for themselves only and only while nobody holds it, hands back only their own, and completes only a task that is
 * theirs or nobody's (its assignee may hand it back: Tasklist's "unclaim"). The job executor and Recourse's services, which act without a signed-in user, are not limited.
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
  }

  /** The assignee of a task may also hand it back ({@code TASK_ASSIGN}, to nobody or themselves: see above). */
  static final class AssigneeHandsBack extends DefaultAuthorizationProvider {

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
