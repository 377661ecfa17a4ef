package org.recourse.support;

import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Drives a case's processes as the job executor and its people would, for tests that run the real engine with the
 * job executor off: due jobs run until none is left, tasks are completed as a user of a group, time moves.
 */
public final class CaseDriver {

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final IdentityService identity;

  public CaseDriver(RuntimeService runtime, ManagementService management, TaskService tasks,
      IdentityService identity) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** Runs every job of the case that is due now, in every process of the case, until none is left. */
  public void runJobs(String caseNumber) {
    for (int round = 0; round < 50; round++) {
      List<String> ids = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
          .map(pi -> pi.getId()).toList();
      if (ids.isEmpty()) {
        return;
      }
      List<Job> due = management.createJobQuery().processInstanceIds(new HashSet<>(ids)).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs of " + caseNumber + " keep coming");
  }

  /** The activities the case's processes wait in. */
  public List<String> activities(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .flatMap(pi -> runtime.getActiveActivityIds(pi.getId()).stream()).toList();
  }

  /** The case's one open task of a kind (its definition key). */
  public Task task(String caseNumber, String definitionKey) {
    return query(caseNumber).taskDefinitionKey(definitionKey).singleResult();
  }

  public TaskQuery query(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber);
  }

  /** Completes a task as {@code user}, with the engine's view of who they are, as Tasklist would. */
  public void completeAs(String user, Task task, Map<String, Object> form) {
    identity.setAuthentication(user, TestData.groupsOf(user));
    try {
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  public static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }
}
