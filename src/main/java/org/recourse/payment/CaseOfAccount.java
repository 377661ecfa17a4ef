package org.recourse.payment;

import java.util.Optional;

/**
 * How the payment feature finds the case of an account, for what reaches it by payment reference rather than by
 * case number (a payment reversed). Casework implements it, so that payments need not depend on casework.
 */
public interface CaseOfAccount {

  Optional<String> caseNumberOf(long accountId);
}
