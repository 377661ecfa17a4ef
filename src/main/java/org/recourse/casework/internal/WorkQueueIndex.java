package org.recourse.casework.internal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.recourse.platform.ClusterLocks;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index a queue is read by, highest priority first: the engine's task table by priority and age, so that the
 * first page of a queue is the first rows of an index however many tasks are open (the engine creates none on
 * priority). Made at start-up, once, by one node at a time; an index Camunda's own upgrade scripts leave alone.
 */
@Component
class WorkQueueIndex {

  static final String NAME = "recourse_task_priority";

  private final JdbcTemplate jdbc;
  private final ManagementService management;
  private final ClusterLocks locks;

  WorkQueueIndex(JdbcTemplate jdbc, ManagementService management, ClusterLocks locks) {
    this.jdbc = jdbc;
    this.management = management;
    this.locks = locks;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ensure() {
    locks.withLock("work-queue-index", () -> {
      jdbc.execute("create index if not exists " + NAME + " on " + management.getTableName(Task.class)
          + " (PRIORITY_ desc, CREATE_TIME_)");
      return null;
    });
  }
}
