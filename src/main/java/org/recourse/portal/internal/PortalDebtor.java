package org.recourse.portal.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.recourse.platform.Actors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A debtor signed in to the portal: the one case they may see and act on. Its name in every record is
 * {@link Actors#DEBTOR}; it carries no engine user and no staff role, and lives in a session key of its own, so it
 * opens nothing but the portal.
 */
final class PortalDebtor extends AbstractAuthenticationToken {

  @Serial
  private static final long serialVersionUID = 1L;
  static final String ROLE = "ROLE_DEBTOR";

  private final Session session;

  /** What the session keeps of the debtor: their case, and how they came in. */
  record Session(String caseNumber, DebtorSignIn.Way way) implements Serializable {
  }

  PortalDebtor(String caseNumber, DebtorSignIn.Way way) {
    super(List.of(new SimpleGrantedAuthority(ROLE)));
    this.session = new Session(caseNumber, way);
    setAuthenticated(true);
  }

  String caseNumber() {
    return session.caseNumber();
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return session;
  }

  @Override
  public String getName() {
    return Actors.DEBTOR;
  }
}
