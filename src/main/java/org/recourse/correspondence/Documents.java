package org.recourse.correspondence;

import java.util.List;
import java.util.NoSuchElementException;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.platform.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading documents back: every document of a case, and any one of them byte for byte. */
@Service
public class Documents {

  private final DocumentRepository documents;
  private final DocumentContentRepository contents;
  private final CollectionCases cases;

  Documents(DocumentRepository documents, DocumentContentRepository contents, CollectionCases cases) {
    this.documents = documents;
    this.contents = contents;
    this.cases = cases;
  }

  @Transactional(readOnly = true)
  public List<Document> ofCase(String caseNumber) {
    CollectionCase subject = cases.require(caseNumber);
    return documents.findByCollectionCaseIdOrderByCreatedAtAscIdAsc(subject.getId());
  }

  @Transactional(readOnly = true)
  public Document ofCase(String caseNumber, long documentId) {
    CollectionCase subject = cases.require(caseNumber);
    return documents.findById(documentId)
        .filter(document -> document.getCollectionCase().getId().equals(subject.getId()))
        .orElseThrow(() -> new NoSuchElementException("case " + caseNumber + " has no document " + documentId));
  }

  /** The document's bytes; refused while it is still being rendered. */
  @Transactional(readOnly = true)
  public byte[] content(Document document) {
    if (!document.isRendered()) {
      throw new ConflictException("status", "document " + document.getId() + " is " + document.getStatus()
          + "; it can be downloaded once it is rendered");
    }
    return contents.findById(document.getId()).orElseThrow().getContent();
  }
}
