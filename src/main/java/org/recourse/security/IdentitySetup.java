package org.recourse.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.recourse.platform.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The groups, what each may do in the engine, and the Tasklist filters each sees. Created on start-up when
 * missing, by one node at a time; an admin may change them afterwards in Camunda Admin.
 *
 * <p>Tasks reach people through candidate groups: a group reads and works the tasks of the definitions it works by
 * grant ({@link WorkGrants}), and elsewhere the engine grants a task's candidate group read and work permission on
 * that task alone, so with authorization on, a collector never sees a legal task, whatever filter they build.
 */
@Component
public class IdentitySetup {

  /** Orders start-up work: identity first, then anything that needs users (the demo). */
  public static final int ORDER = 10;

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  private static final List<String> QUEUES = List.of("high-balance", "early-stage", "late-stage", "digital", "skip-trace");

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final ClusterLocks locks;
  private final ManagementService management;
  private final JdbcTemplate jdbc;

  IdentitySetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks, ClusterLocks locks, ManagementService management, JdbcTemplate jdbc) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.locks = locks;
    this.management = management;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(ORDER)
  public void onStart() {
    locks.withLock("identity-setup", () -> {
      ensureAll();
      return null;
    });
  }

  void ensureAll() {
    group(Roles.COLLECTORS, "Collectors");
    group(Roles.MANAGERS, "Managers");
    group(Roles.LEGAL, "Legal");
    group(Roles.ADMIN, "Administrators");

    for (String group : List.of(Roles.COLLECTORS, Roles.MANAGERS, Roles.LEGAL, Roles.ADMIN)) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    grant(Roles.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);

    // The definitions a group works by grant (Tasklist also draws a task's diagram from its definition).
    WorkGrants.all().forEach((group, definitions) -> definitions.forEach(definition -> ensure(group,
        Resources.PROCESS_DEFINITION, definition, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK)));
    forgetTaskAuthorizationsOfGrantedDefinitions();
    // A referral a manager sends back for more work comes to the collectors' list, task by task.
    grant(Roles.COLLECTORS, Resources.PROCESS_DEFINITION, "legal-referral", ProcessDefinitionPermissions.READ);

    // Managers run the queues and watch the processes.
    grant(Roles.MANAGERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK);
    grant(Roles.MANAGERS, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(Roles.MANAGERS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE);
    grant(Roles.MANAGERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grant(Roles.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.DEPLOYMENT, ANY, Permissions.READ);

    // Administrators may do everything. camunda-admin is the webapps' own administrators' group: while it has no
    // member, Camunda shows its first-run page that creates one, which then has the same rights.
    group(Groups.CAMUNDA_ADMIN, "Camunda administrators");
    for (Resources resource : Resources.values()) {
      grant(Roles.ADMIN, resource, ANY, Permissions.ALL);
      grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }

    filter("My tasks", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        "Tasks assigned to me", Roles.COLLECTORS, Roles.MANAGERS, Roles.LEGAL, Roles.ADMIN);
    filter("My groups' tasks", -5,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        "Everything offered to my groups", Roles.COLLECTORS, Roles.MANAGERS, Roles.LEGAL, Roles.ADMIN);
    int priority = 0;
    for (String queue : QUEUES) {
      filter("Queue: " + queue, priority++, tasks.createTaskQuery().taskCandidateGroup(Roles.COLLECTORS)
              .processVariableValueEquals("queue", queue).includeAssignedTasks(),
          "The " + queue + " queue, highest priority first", Roles.COLLECTORS, Roles.MANAGERS);
    }
    filter("Settlement approvals", 10, tasks.createTaskQuery().taskCandidateGroup(Roles.MANAGERS)
        .taskDefinitionKey("Task_ApproveSettlement").includeAssignedTasks(),
        "Settlements beyond a collector's authority", Roles.MANAGERS);
    filter("Refund approvals", 13, tasks.createTaskQuery().taskCandidateGroup(Roles.MANAGERS)
        .taskDefinitionKey("Task_ApproveRefund").includeAssignedTasks(),
        "Credit balances to pay back to debtors", Roles.MANAGERS);
    filter("Referral approvals", 12, tasks.createTaskQuery().taskCandidateGroup(Roles.MANAGERS)
        .taskDefinitionKey("Task_ApproveReferral").includeAssignedTasks(),
        "Cases eligible for suit, waiting for a manager's decision", Roles.MANAGERS);
    filter("Legal referrals", 11, tasks.createTaskQuery().taskCandidateGroup(Roles.LEGAL).includeAssignedTasks(),
        "Cases referred to the legal team", Roles.LEGAL);
  }

  private void group(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
      LOG.info("Created group {}", id);
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    boolean granted = authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
    if (granted) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /**
   * A grant that must hold these permissions: the queues depend on it, so what an admin took away is given back
   * at the next start.
   */
  private void ensure(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      grant(group, resource, resourceId, permissions);
      return;
    }
    boolean missing = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizations.saveAuthorization(authorization);
      LOG.info("Granted {} on {} {} again", group, resource.resourceName(), resourceId);
    }
  }

  /**
   * Removes the task-by-task authorizations the engine wrote for candidate groups before they worked these
   * definitions by grant: they only slow the group's task queries down.
   */
  private void forgetTaskAuthorizationsOfGrantedDefinitions() {
    String authorizationTable = management.getTableName(AuthorizationEntity.class);
    String taskTable = management.getTableName(Task.class);
    String definitionTable = management.getTableName(ProcessDefinition.class);
    WorkGrants.all().forEach((group, definitions) -> {
      for (String definition : definitions) {
        int removed = jdbc.update("delete from " + authorizationTable + " where RESOURCE_TYPE_ = ? and GROUP_ID_ = ?"
            + " and RESOURCE_ID_ in (select T.ID_ from " + taskTable + " T join " + definitionTable
            + " D on D.ID_ = T.PROC_DEF_ID_ where D.KEY_ = ?)", Resources.TASK.resourceType(), group, definition);
        if (removed > 0) {
          LOG.info("Removed {} task authorizations of {} on {}: the group works it by grant", removed, group,
              definition);
        }
      }
    });
  }

  private void filter(String name, int priority, TaskQuery query, String description, String... groups) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", priority);
      properties.put("description", description);
      properties.put("refresh", true);
      filter = filters.newTaskFilter(name)
          .setQuery(query.orderByTaskPriority().desc().orderByDueDate().asc())
          .setProperties(properties);
      filters.saveFilter(filter);
    }
    for (String group : groups) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
