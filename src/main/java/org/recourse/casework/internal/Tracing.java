package org.recourse.casework.internal;

import org.recourse.account.AccountRegistry;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a trace's result: a located debtor's new phone or address, and a fresh count of contact attempts. */
@Service
class Tracing {

  private final CollectionCases cases;
  private final AccountRegistry accounts;

  Tracing(CollectionCases cases, AccountRegistry accounts) {
    this.cases = cases;
    this.accounts = accounts;
  }

  @Transactional
  void record(String caseNumber, TraceResult result, String actor) {
    if (result.located()) {
      // A case's id is its account's (CaseNumbers).
      accounts.addTraceResult(CaseNumbers.idOf(caseNumber), result.phone(), result.address());
      cases.resetContactAttempts(caseNumber);
    }
    cases.record(caseNumber, CaseEventKind.TRACE_RESULT, actor, result.describe());
  }
}
