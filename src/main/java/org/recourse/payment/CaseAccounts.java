package org.recourse.payment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * How the payment feature links cases and accounts beyond one case number at a time: the accounts of a whole chunk
 * of payments in one read, and the case of an account, for what arrives by payment reference rather than by case
 * number (a payment reversed). Casework implements it, so that payments need not depend on casework.
 */
public interface CaseAccounts {

  /** The case (and its account) of each of these numbers that names one, by the number as given; the others are left out. */
  Map<String, PayableCases.PayableCase> find(Collection<String> caseNumbers);

  Optional<String> caseNumberOf(long accountId);
}
