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
 * A case with the legal team is theirs: a collector (of no group that also sees legal's cases) no longer finds a case
 * once a manager approved its referral, its court packet and documents with it, until legal returns it to
 * collections. Managers and admins see every case.
 */
@Component
public class LegalCasesHidden implements CaseVisibility {

  private static final Set<String> SEE_LEGAL_CASES = Set.of("ROLE_" + Roles.MANAGERS, "ROLE_" + Roles.ADMIN,
      "ROLE_" + Roles.LEGAL);

  private final LegalReferrals referrals;

  LegalCasesHidden(LegalReferrals referrals) {
    this.referrals = referrals;
  }

  @Override
  public boolean limits(Authentication caller) {
    if (caller == null) {
      return false;
    }
    Set<String> roles = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    return roles.contains("ROLE_" + Roles.COLLECTORS) && roles.stream().noneMatch(SEE_LEGAL_CASES::contains);
  }

  @Override
  public boolean includes(long caseId) {
    return !referrals.withLegal(caseId);
  }

  @Override
  public CaseScope scope() {
    return CaseScope.allBut(referrals.casesWithLegal());
  }
}
