package org.recourse.legal.internal.referral;

import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.casework.CaseVisibility;
import org.recourse.platform.CaseScope;
import org.recourse.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The legal team sees the cases referred to it, not the rest of the portfolio: a member of the legal group, and of
 * no group that works the portfolio, finds only the cases a manager approved for referral (their documents,
 * contacts, holds and history with them); any other case is not found. The engine keeps their Tasklist to the legal
 * group's tasks the same way, by candidate group.
 */
@Component
public class ReferredCasesOnly implements CaseVisibility {

  private static final Set<String> PORTFOLIO = Set.of("ROLE_" + Roles.COLLECTORS, "ROLE_" + Roles.MANAGERS,
      "ROLE_" + Roles.ADMIN);

  private final LegalReferrals referrals;

  ReferredCasesOnly(LegalReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public boolean limits(Authentication caller) {
    if (caller == null) {
      return false;
    }
    Set<String> roles = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    return roles.contains("ROLE_" + Roles.LEGAL) && roles.stream().noneMatch(PORTFOLIO::contains);
  }

  @Override
  public boolean includes(long caseId) {
    return referrals.referred(caseId);
  }

  @Override
  public CaseScope scope() {
    return CaseScope.only(referrals.referredCases());
  }
}
