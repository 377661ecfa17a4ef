package org.recourse.casework;

/**
 * A case was closed, published in the transaction that closed it: other features (letters) act on it in the same
 * transaction, so that the closure and what follows from it commit together.
 */
public record CaseClosed(String caseNumber, CloseReason reason, String actor) {
}
