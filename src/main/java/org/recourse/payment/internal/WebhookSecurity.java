package org.recourse.payment.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** The processors' webhooks: open to anyone, stateless, no cross-site token; each endpoint checks its signature. */
@Configuration(proxyBeanMethods = false)
class WebhookSecurity {

  @Bean
  @Order(5)
  SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
    return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/webhooks/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
