package org.recourse.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a person signed in to Tasklist read Recourse's API from the same browser without signing in again, so that a
 * task's form can link to what it speaks of (the court packet on the legal team's task). For reading only: a GET or
 * HEAD without credentials counts as signed in as the webapps' user, with the groups the webapps hold for them.
 * Anything that changes state still takes HTTP Basic, so a page elsewhere cannot make a signed-in browser act.
 */
public class TasklistSessionAuthenticationFilter extends OncePerRequestFilter {

  private final String engineName;
  private final boolean readingOnly;

  /** For reading only, on a path without protection against cross-site requests (the API). */
  TasklistSessionAuthenticationFilter(String engineName) {
    this(engineName, true);
  }

  /**
   * @param readingOnly false where every request that changes state carries a token of the session's own (the
   *     workspace's pages), so that a signed-in Tasklist user also acts there without signing in again
   */
  TasklistSessionAuthenticationFilter(String engineName, boolean readingOnly) {
    this.engineName = engineName;
    this.readingOnly = readingOnly;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean reading = !readingOnly || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    HttpSession session = request.getSession(false);
    if (reading && session != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
      Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engineName);
      if (user instanceof UserAuthentication person && person.getName() != null) {
        List<SimpleGrantedAuthority> roles = person.getGroupIds() == null ? List.of() : person.getGroupIds().stream()
            .map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.getName(), null, roles));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }
}
