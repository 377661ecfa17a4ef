package org.recourse.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

  // A query string, so that Hibernate caches its plan (see compliance.HoldRepository): it runs for every letter.
  @Query("select d from Document d where d.collectionCase.id = ?1 and d.occasion = ?2")
  Optional<Document> findByCollectionCaseIdAndOccasion(long caseId, String occasion);

  List<Document> findByCollectionCaseIdOrderByCreatedAtAscIdAsc(long caseId);

  List<Document> findByChannelAndStatusOrderByIdAsc(Channel channel, DocumentStatus status);

  List<Document> findByPrintBatchIdOrderByIdAsc(long printBatchId);

  /** Documents waiting to be rendered whose last claim, if any, is older than {@code staleBefore}. */
  @Query("""
      select d.id from Document d where d.status = 'RENDERING'
        and (d.renderClaimedAt is null or d.renderClaimedAt < :staleBefore) order by d.id""")
  List<Long> toRender(Instant staleBefore, Limit limit);

  /** Claims a document for one renderer: exactly one of two racing nodes changes the row. */
  @Modifying
  @Query("""
      update Document d set d.renderClaimedAt = :now, d.version = d.version + 1
      where d.id = :id and d.status = 'RENDERING'
        and (d.renderClaimedAt is null or d.renderClaimedAt < :staleBefore)""")
  int claimRendering(long id, Instant now, Instant staleBefore);

  long countByStatus(DocumentStatus status);
}
