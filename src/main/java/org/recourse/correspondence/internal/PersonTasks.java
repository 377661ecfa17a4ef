package org.recourse.correspondence.internal;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.recourse.casework.CaseNumbers;
import org.springframework.stereotype.Component;

/** A task in the managers' Tasklist for a letter or e-mail that needs a person: how failures become visible. */
@Component
public class PersonTasks {

  static final String GROUP = "managers";

  private final TaskService tasks;

  PersonTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  public void ask(String what, Long caseId, String about, String description) {
    Task task = tasks.newTask();
    task.setName(what + " · " + (caseId != null ? CaseNumbers.of(caseId) + " · " : "") + about);
    task.setDescription(description);
    task.setPriority(70);
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), GROUP);
  }
}
