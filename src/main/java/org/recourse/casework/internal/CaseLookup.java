package org.recourse.casework.internal;

import java.util.Optional;
import org.recourse.casework.CollectionCase;

/** Finding a case by its number, the lookup every process step starts with. */
public interface CaseLookup {

  Optional<CollectionCase> findByCaseNumber(String caseNumber);
}
