package org.recourse.casework.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCase;

/**
 * Finds a case by its number through its id (the number carries it): a case already loaded in this transaction
 * comes from the persistence context without a query, any other by primary key. One process step reads the same
 * case several times, so this is on the busiest path of the system.
 */
public class CaseLookupImpl implements CaseLookup {

  @PersistenceContext
  private EntityManager entityManager;

  @Override
  public Optional<CollectionCase> findByCaseNumber(String caseNumber) {
    long id;
    try {
      id = CaseNumbers.idOf(caseNumber);
    } catch (CaseNotFoundException notACaseNumber) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(CollectionCase.class, id));
  }
}
