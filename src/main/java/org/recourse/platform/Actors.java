package org.recourse.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now, for the audit trail: the API caller, the Tasklist user completing a task, or the
 * system itself when the job executor runs a step.
 */
@Component
public class Actors {

  public static final String SYSTEM = "system";
  /** The debtor, acting for themselves on the portal (signed in to their own case only). */
  public static final String DEBTOR = "debtor (portal)";

  private final IdentityService identityService;

  Actors(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return authentication.getName();
    }
    var engineAuthentication = identityService.getCurrentAuthentication();
    if (engineAuthentication != null && engineAuthentication.getUserId() != null) {
      return engineAuthentication.getUserId();
    }
    return SYSTEM;
  }

  /** Whoever completes a task: the signed-in user, else the task's assignee. */
  public String forTask(DelegateTask task) {
    String current = current();
    return SYSTEM.equals(current) && task.getAssignee() != null ? task.getAssignee() : current;
  }
}
