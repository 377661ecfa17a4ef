package org.recourse.casework.internal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.recourse.platform.ClusterLocks;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The index a queue is read by, highest priority first: the engine's task table by priority and due date, the order
 * of Recourse's work queue and of Tasklist's filters, so that the first page of a queue is the first rows of an index
 * however many tasks are open (the engine creates none on priority). It ends with the revision and the id: the engine
 * selects its tasks {@code distinct}, sorted by the order asked and then by its columns in turn (revision, id, ...),
 * and with the id, which is unique, in the index, PostgreSQL sorts nothing beyond the page. Made at start-up, once,
 * by one node at a time; an index Camunda's own upgrade scripts leave alone.
 */
@Component
class WorkQueueIndex {

  static final String NAME = "recourse_task_queue";
  /** The index of 2026-12-07 (priority and creation time), which Tasklist's filters could not use. */
  private static final String BEFORE = "recourse_task_priority";

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
          + " (PRIORITY_ desc, DUE_DATE_, REV_, ID_)");
      jdbc.execute("drop index if exists " + schemaOf(management.getTableName(Task.class)) + BEFORE);
      return null;
    });
  }

  /** The schema part of a table's name ("recourse." of "recourse.ACT_RU_TASK"), or none. */
  private static String schemaOf(String table) {
    int dot = table.lastIndexOf('.');
    return dot < 0 ? "" : table.substring(0, dot + 1);
  }
}
