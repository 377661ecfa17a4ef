package org.recourse.correspondence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, Long> {

  Optional<Document> findByCollectionCaseIdAndOccasion(long caseId, String occasion);

  List<Document> findByCollectionCaseIdOrderByCreatedAtAscIdAsc(long caseId);

  List<Document> findByChannelAndStatusOrderByIdAsc(Channel channel, DocumentStatus status);

  List<Document> findByPrintBatchIdOrderByIdAsc(long printBatchId);
}
