package org.recourse.casework.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.recourse.casework.CaseMessages;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCase;
import org.recourse.payment.CaseAccounts;
import org.recourse.payment.PayableCases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the payment feature which account each case is about (a case shares its account's id). A chunk of a
 * payment file reads its cases in one query; they stay in the transaction's persistence context, where the case's
 * own handling of each payment ({@link CaseMessages}) finds them without reading again.
 */
@Component
public class PaymentCaseAccounts implements CaseAccounts {

  private final CaseRepository cases;

  PaymentCaseAccounts(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, PayableCases.PayableCase> find(Collection<String> caseNumbers) {
    Map<String, Long> idOf = new HashMap<>();
    for (String caseNumber : caseNumbers) {
      try {
        idOf.put(caseNumber, CaseNumbers.idOf(caseNumber));
      } catch (CaseNotFoundException notACaseNumber) {
        // Left out: no case has that number.
      }
    }
    Map<Long, CollectionCase> byId = new HashMap<>();
    cases.findAllById(new HashSet<>(idOf.values())).forEach(found -> byId.put(found.getId(), found));
    Map<String, PayableCases.PayableCase> found = new HashMap<>();
    idOf.forEach((caseNumber, id) -> {
      CollectionCase subject = byId.get(id);
      if (subject != null) {
        found.put(caseNumber, new PayableCases.PayableCase(subject.getCaseNumber(), subject.getAccountId()));
      }
    });
    return found;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> caseNumberOf(long accountId) {
    return cases.findByAccountId(accountId).map(CollectionCase::getCaseNumber);
  }
}
