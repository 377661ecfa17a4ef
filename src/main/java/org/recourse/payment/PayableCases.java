package org.recourse.payment;

import java.util.Optional;

/**
 * How the payment feature finds the account behind a case number. Casework implements it, so that payments need
 * not depend on casework.
 */
public interface PayableCases {

  Optional<PayableCase> find(String caseNumber);

  record PayableCase(String caseNumber, long accountId) {
  }
}
