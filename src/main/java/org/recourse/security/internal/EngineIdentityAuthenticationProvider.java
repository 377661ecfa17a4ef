package org.recourse.security.internal;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs API callers in against the engine's identity service, so the same users and passwords serve Tasklist,
 * Cockpit and Recourse's API. Each Camunda group becomes a role.
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  EngineIdentityAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || password == null || !identity.checkPassword(user, password.toString())) {
      throw new BadCredentialsException("unknown user or wrong password");
    }
    List<SimpleGrantedAuthority> roles = identity.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId)
        .map(group -> new SimpleGrantedAuthority("ROLE_" + group))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
