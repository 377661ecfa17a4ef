package org.recourse.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.recourse.payment.Ledger;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The queue a collector opens: the open tasks offered to a group (claimed ones too, as Tasklist's group filters
 * show them), highest priority first, oldest first within a priority, a page at a time, each with its case. Who may
 * read a group's queue is the caller's (its members: the API checks); which tasks, the engine's tables, read by an
 * index on priority so that the first page costs the same at 100 open tasks or 100,000; Recourse's tables add who
 * owes what, for the page's tasks only.
 */
@Service
public class WorkQueue {

  /** The most tasks one page holds. */
  public static final int MAX_PAGE = 200;

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final NamedParameterJdbcTemplate jdbc;
  private final Ledger ledger;

  WorkQueue(TaskService tasks, RuntimeService runtime, ManagementService management, NamedParameterJdbcTemplate jdbc,
      Ledger ledger) {
    this.ledger = ledger;
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.jdbc = jdbc;
  }

  /** One task of the queue with its case: the debtor's name, the case's queue and status, the balance. */
  public record Item(String taskId, String task, String taskKey, int priority, Instant created, Instant due,
      String assignee, String caseNumber, CaseStatus status, String queue, String debtorName, BigDecimal balance) {
  }

  /**
   * A page of the group's queue ({@code page} from 0), highest priority first and, within a priority, the task due
   * first: the order of Tasklist's filters.
   */
  public List<Item> page(String group, int page, int size) {
    // Read down the index by priority (casework.internal.WorkQueueIndex), each task's candidate link looked up by
    // its key, until the page is full: the engine's own task query sorts every task of the group first.
    int pageSize = Math.min(Math.max(size, 1), MAX_PAGE);
    List<Task> found = tasks.createNativeTaskQuery().sql("select RES.* from " + management.getTableName(Task.class)
            + " RES where RES.SUSPENSION_STATE_ = 1 and exists (select 1 from "
            + management.getTableName(IdentityLinkEntity.class) + " I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate'"
            + " and I.GROUP_ID_ = #{group}) order by RES.PRIORITY_ desc, RES.DUE_DATE_ asc")
        .parameter("group", group).listPage(Math.max(page, 0) * pageSize, pageSize);
    if (found.isEmpty()) {
      return List.of();
    }
    Set<String> instances = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> caseOf = runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    Map<String, Object[]> cases = new HashMap<>();
    jdbc.query("""
        select c.case_number, c.status, c.queue, d.first_name, d.last_name, a.id
        from collection_case c
        join account a on a.id = c.id
        join debtor d on d.id = a.debtor_id
        where c.case_number in (:cases)""", new MapSqlParameterSource("cases", Set.copyOf(caseOf.values())),
        row -> {
          cases.put(row.getString(1), new Object[] {CaseStatus.valueOf(row.getString(2)), row.getString(3),
              row.getString(4) + " " + row.getString(5), row.getLong(6)});
        });
    Map<Long, BigDecimal> balances = ledger.balances(cases.values().stream().map(facts -> (Long) facts[3]).toList());
    return found.stream().map(task -> {
      String caseNumber = caseOf.get(task.getProcessInstanceId());
      Object[] facts = cases.getOrDefault(caseNumber, new Object[4]);
      return new Item(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getPriority(),
          task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
          task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(), caseNumber,
          (CaseStatus) facts[0], (String) facts[1], (String) facts[2],
          facts[3] == null ? null : balances.getOrDefault((Long) facts[3], BigDecimal.ZERO));
    }).toList();
  }
}
