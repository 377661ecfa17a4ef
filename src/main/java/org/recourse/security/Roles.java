package org.recourse.security;

/** The groups people belong to, in Camunda's identity service and as Spring Security roles (ROLE_collectors). */
public final class Roles {

  public static final String COLLECTORS = "collectors";
  public static final String MANAGERS = "managers";
  public static final String LEGAL = "legal";
  public static final String ADMIN = "admin";

  private Roles() {
  }
}
