package org.recourse.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.recourse.casework.WorkQueue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Work queue", description = "The tasks offered to a group, highest priority first")
class WorkQueueController {

  private final WorkQueue queue;

  WorkQueueController(WorkQueue queue) {
    this.queue = queue;
  }

  @GetMapping("/api/work-queue")
  @Operation(summary = "A page of the tasks offered to one of the caller's groups, highest priority first",
      description = "As Tasklist's group filters show them (claimed tasks too), with each task's case: the debtor,"
          + " the case's queue and status, the balance. Only a group the caller belongs to.")
  List<WorkQueue.Item> page(@RequestParam String group, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size, Authentication caller) {
    boolean member = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(role -> role.equals("ROLE_" + group));
    if (!member) {
      throw new AccessDeniedException("Only the queues of the caller's own groups: not " + group);
    }
    return queue.page(group, page, size);
  }
}
