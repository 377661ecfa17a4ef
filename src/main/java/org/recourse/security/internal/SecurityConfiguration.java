package org.recourse.security.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.recourse.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Recourse's API and the engine's REST API take HTTP Basic with the engine's users. The Camunda webapps
 * (Tasklist, Cockpit, Admin) keep their own sign-in against the same users, so Spring Security stays out of
 * their way: its filter chain covers only the paths below. A Tasklist session also reads Recourse's API (GET only),
 * for the links on task forms.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  @Bean
  @Order(1)
  SecurityFilterChain engineRestApi(HttpSecurity http, IdentityService identity) throws Exception {
    // Path patterns on the request URI: the engine's REST API is a servlet of its own, not Spring MVC's.
    return http.securityMatcher(PATHS.matcher("/engine-rest/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain recourseApi(HttpSecurity http, ProcessEngine engine) throws Exception {
    return http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/actuator/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**"),
                PATHS.matcher("/actuator/info")).permitAll()
            // The one-click opt-out in every e-mail: signed per address, used by debtors who have no account.
            .requestMatchers(PATHS.matcher("/api/mail/opt-out")).permitAll()
            .requestMatchers(PATHS.matcher("/actuator/**")).hasRole(Roles.ADMIN)
            // The portfolio's imports and their reports are the portfolio: not for the legal team, who see the
            // cases referred to them only (legal.ReferredCasesOnly).
            .requestMatchers(PATHS.matcher("/api/portfolios/**"))
            .hasAnyRole(Roles.COLLECTORS, Roles.MANAGERS, Roles.ADMIN)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemEntryPoint()))
        // A Tasklist user reads the API from their task's form (the court packet) with their Tasklist session.
        .addFilterBefore(new TasklistSessionAuthenticationFilter(engine.getName()), BasicAuthenticationFilter.class)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemEntryPoint()))
        // Stateless Basic authentication: no session cookie, hence no cross-site request to forge.
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /**
   * Recourse's own pages (the workspace) sign in with a form against the same users, and keep the person signed in
   * by a session: every form carries the session's token against cross-site requests. Whoever is signed in to
   * Tasklist is signed in here, and signing in here signs in to Tasklist, so the case page's links into Tasklist
   * open without a second sign-in.
   */
  @Bean
  @Order(3)
  SecurityFilterChain workspace(HttpSecurity http, ProcessEngine engine) throws Exception {
    return http.securityMatcher(PATHS.matcher("/workspace/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PATHS.matcher("/workspace/login"), PATHS.matcher("/workspace/assets/**")).permitAll()
            .requestMatchers(PATHS.matcher("/workspace/dashboard/**")).hasAnyRole(Roles.MANAGERS, Roles.ADMIN)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/workspace/login")
            .successHandler(new WebappSignIn(engine)).failureUrl("/workspace/login?failed"))
        .logout(logout -> logout.logoutUrl("/workspace/logout").logoutSuccessUrl("/workspace/login?signedOut"))
        .exceptionHandling(errors -> errors.accessDeniedPage("/workspace/denied"))
        .addFilterBefore(new TasklistSessionAuthenticationFilter(engine.getName(), false),
            UsernamePasswordAuthenticationFilter.class)
        .build();
  }

  /** 401 as an RFC 9457 problem, with the Basic challenge. */
  static final class ProblemEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(jakarta.servlet.http.HttpServletRequest request,
        jakarta.servlet.http.HttpServletResponse response,
        org.springframework.security.core.AuthenticationException authException) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setHeader("WWW-Authenticate", "Basic realm=\"Recourse\"");
      response.setContentType("application/problem+json");
      try {
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"Sign in with HTTP Basic as a Recourse user\"}");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
