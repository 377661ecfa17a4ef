package org.recourse.workspace.internal;

import org.recourse.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for every workspace page's header: their name and whether the managers' pages are theirs. */
@ControllerAdvice(basePackageClasses = SignedIn.class)
class SignedIn {

  record Person(String name, boolean manager) {
  }

  @ModelAttribute("person")
  Person person() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated() || "anonymousUser".equals(caller.getName())) {
      return null;
    }
    boolean manager = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.MANAGERS)
        || a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    return new Person(caller.getName(), manager);
  }
}
