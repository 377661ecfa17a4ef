package org.recourse.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a sign-in to the workspace, signs the same person in to the Camunda webapps in the same session, as their
 * own login page does, so that Tasklist opens from a case's page without asking again. Then goes where the person
 * was going, or to the search.
 */
class WebappSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

  private final ProcessEngine engine;

  WebappSignIn(ProcessEngine engine) {
    this.engine = engine;
    setDefaultTargetUrl("/workspace");
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws ServletException, IOException {
    Authentications signedIn = AuthenticationUtil.getAuthsFromSession(request.getSession());
    Authentications updated = signedIn == null ? new Authentications() : signedIn;
    updated.addOrReplace(AuthenticationUtil.createAuthentication(engine, authentication.getName()));
    AuthenticationUtil.updateSession(request.getSession(), updated);
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
