package org.recourse.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The portal's own filter chain. A debtor's sign-in lives under a session key of its own, so that a debtor is never
 * taken for a staff user by the workspace (and a collector signed in there is nobody here). Forms carry the session's
 * token against cross-site requests; pages are never framed, and links out carry no referrer (a signed link must not
 * leak through it).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

  static final String CONTEXT_KEY = "RECOURSE_PORTAL_DEBTOR";
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  /** Where the portal keeps who is signed in: a session attribute no other chain reads. */
  static final class Debtors extends HttpSessionSecurityContextRepository {

    Debtors() {
      setSpringSecurityContextKey(CONTEXT_KEY);
    }

    /** Signs the debtor in: a new session id (no fixation), and the debtor in it. */
    void signIn(PortalDebtor debtor, HttpServletRequest request, HttpServletResponse response) {
      request.getSession(true);
      request.changeSessionId();
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(debtor);
      SecurityContextHolder.setContext(context);
      saveContext(context, request, response);
    }
  }

  @Bean
  Debtors portalDebtors() {
    return new Debtors();
  }

  @Bean
  @Order(4)
  SecurityFilterChain portal(HttpSecurity http, Debtors debtors) throws Exception {
    return http.securityMatcher(PATHS.matcher("/portal/**"))
        .securityContext(context -> context.securityContextRepository(debtors))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PATHS.matcher("/portal"), PATHS.matcher("/portal/sign-in"), PATHS.matcher("/portal/link"),
                PATHS.matcher("/portal/assets/**"), PATHS.matcher("/portal/signed-out")).permitAll()
            .anyRequest().hasAuthority(PortalDebtor.ROLE))
        .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, denied) ->
            response.sendRedirect(request.getContextPath() + "/portal?expired")))
        .logout(logout -> logout.logoutUrl("/portal/sign-out").logoutSuccessUrl("/portal/signed-out"))
        .headers(headers -> headers.frameOptions(frames -> frames.deny())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
        .build();
  }
}
