package org.recourse.casework.internal;

import java.util.Collection;
import java.util.Optional;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CollectionCase;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseRepository extends JpaRepository<CollectionCase, Long>, CaseLookup {

  @Query("select c from CollectionCase c where c.id = ?1")
  Optional<CollectionCase> findByAccountId(Long accountId);

  Page<CollectionCase> findByStatus(CaseStatus status, Pageable pageable);

  Page<CollectionCase> findByIdIn(Collection<Long> ids, Pageable pageable);

  Page<CollectionCase> findByStatusAndIdIn(CaseStatus status, Collection<Long> ids, Pageable pageable);

  Page<CollectionCase> findByIdNotIn(Collection<Long> ids, Pageable pageable);

  Page<CollectionCase> findByStatusAndIdNotIn(CaseStatus status, Collection<Long> ids, Pageable pageable);
}
