package org.recourse.casework;

import java.util.Optional;
import org.recourse.payment.CaseOfAccount;
import org.springframework.stereotype.Component;

/** Tells the payment feature the case of an account (a case shares its account's id). */
@Component
class AccountCaseNumbers implements CaseOfAccount {

  private final CollectionCases cases;

  AccountCaseNumbers(CollectionCases cases) {
    this.cases = cases;
  }

  @Override
  public Optional<String> caseNumberOf(long accountId) {
    return cases.findByAccount(accountId).map(CollectionCase::getCaseNumber);
  }
}
