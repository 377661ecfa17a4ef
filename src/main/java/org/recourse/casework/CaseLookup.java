package org.recourse.casework;

import java.util.Optional;

/** Finding a case by its number, the lookup every process step starts with. */
interface CaseLookup {

  Optional<CollectionCase> findByCaseNumber(String caseNumber);
}
