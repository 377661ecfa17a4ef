package org.recourse.casework;

import org.recourse.casework.internal.CaseAccess;
import org.recourse.platform.CaseScope;
import org.springframework.security.core.Authentication;

/**
 * A rule that lets some people see only some cases: the legal team sees the cases referred to it, collectors the
 * portfolio without those. A feature that limits someone provides one as a bean; {@link CaseAccess} applies every
 * rule to the case list, to every path under {@code /api/cases/{caseNumber}} (the case, its documents, contacts,
 * holds...) and to whatever else serves a case, so that a case someone may not see is not found, whoever serves it.
 */
public interface CaseVisibility {

  /** Whether this rule limits what {@code caller} sees; when it does not, the other two are not asked. */
  boolean limits(Authentication caller);

  /** For a caller this rule limits: whether they may see the case. */
  boolean includes(long caseId);

  /** For a caller this rule limits: the cases they may see. */
  CaseScope scope();
}
