package org.recourse.correspondence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.recourse.correspondence.Channel;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.DocumentStatus;
import org.recourse.correspondence.Documents;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

  // A query string, so that Hibernate caches its plan (see compliance.HoldRepository): it runs for every letter.
  @Query("select d from Document d where d.caseId = ?1 and d.occasion = ?2")
  Optional<Document> findByCaseIdAndOccasion(long caseId, String occasion);

  List<Document> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);

  List<Document> findByChannelAndStatusOrderByIdAsc(Channel channel, DocumentStatus status);

  List<Document> findByPrintBatchIdOrderByIdAsc(long printBatchId);

  /** Documents waiting to be rendered that no live node has claimed ({@code alive}: the node lives beating now). */
  @Query("""
      select d.id from Document d where d.status = 'RENDERING'
        and (d.renderClaimedBy is null or d.renderClaimedBy not in :alive) order by d.id""")
  List<Long> toRender(Collection<String> alive, Limit limit);

  /** Claims a document for one renderer: exactly one of two racing nodes changes the row. */
  @Modifying
  @Query("""
      update Document d set d.renderClaimedBy = :node, d.renderClaimedAt = :now, d.version = d.version + 1
      where d.id = :id and d.status = 'RENDERING'
        and (d.renderClaimedBy is null or d.renderClaimedBy not in :alive)""")
  int claimRendering(long id, String node, Instant now, Collection<String> alive);

  long countByStatus(DocumentStatus status);
}
