package org.recourse.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.correspondence.internal.DocumentContent;
import org.recourse.correspondence.internal.DocumentContentRepository;
import org.recourse.correspondence.internal.DocumentRepository;
import org.recourse.platform.Actors;
import org.recourse.platform.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading documents back: every document of a case, and any one of them byte for byte. Other features keep the
 * documents they generate for the case's own people here too ({@link #file}), beside its letters.
 */
@Service
public class Documents {

  private final DocumentRepository documents;
  private final DocumentContentRepository contents;
  private final CollectionCases cases;
  private final Clock clock;

  Documents(DocumentRepository documents, DocumentContentRepository contents, CollectionCases cases, Clock clock) {
    this.documents = documents;
    this.contents = contents;
    this.cases = cases;
    this.clock = clock;
  }

  /**
   * The contact guard withheld a letter or e-mail as it was leaving: it never goes out, and a validation notice
   * withheld leaves the case with no notice sent (see {@link CollectionCases#validationNoticeWithheld}).
   */
  static void withhold(Document document, String why, CollectionCases cases) {
    document.withhold();
    if (document.isValidationNotice()) {
      cases.validationNoticeWithheld(CaseNumbers.of(document.getCaseId()), why, Actors.SYSTEM);
    }
  }

  /**
   * A document generated for a case's own people, never sent to the debtor (a court packet).
   *
   * @param kind what it is, e.g. {@code court-packet}; its download is named after it
   * @param occasion what it was made for, unique in the case, e.g. {@code court-packet:51}
   * @param template the template (or assembler) it came from, and its version
   * @param mediaType e.g. {@code application/pdf}, {@code application/zip}
   * @param pages its page count; 0 for what has no pages
   * @param data what it was made from or what it holds, as JSON (a packet's manifest)
   * @param content its bytes, stored exactly; its SHA-256 is computed here
   */
  public record FiledDocument(String kind, String occasion, String title, String template, int templateVersion,
      String language, String currency, String mediaType, int pages, String data, byte[] content) {
  }

  /**
   * Keeps a generated document of a case, once per occasion: when one was kept for the occasion already (a retried
   * job, a second node), that one is returned and nothing is stored. Two racing callers meet the unique key of
   * (case, occasion), and the loser's transaction fails rather than keep a second copy.
   */
  @Transactional
  public Document file(String caseNumber, FiledDocument filed, String actor) {
    CollectionCase subject = cases.require(caseNumber);
    Optional<Document> existing = documents.findByCaseIdAndOccasion(subject.getId(), filed.occasion());
    if (existing.isPresent()) {
      return existing.get();
    }
    Document document = documents.saveAndFlush(Document.filed(subject.getId(), filed, filed.currency(),
        LocalDate.now(clock), clock.instant(), actor));
    contents.save(new DocumentContent(document.getId(), filed.content().clone()));
    return document;
  }

  /** The document kept for an occasion of a case, if there is one. */
  @Transactional(readOnly = true)
  public Optional<Document> forOccasion(String caseNumber, String occasion) {
    return documents.findByCaseIdAndOccasion(cases.require(caseNumber).getId(), occasion);
  }

  @Transactional(readOnly = true)
  public List<Document> ofCase(String caseNumber) {
    CollectionCase subject = cases.require(caseNumber);
    return documents.findByCaseIdOrderByCreatedAtAscIdAsc(subject.getId());
  }

  @Transactional(readOnly = true)
  public Document ofCase(String caseNumber, long documentId) {
    CollectionCase subject = cases.require(caseNumber);
    return documents.findById(documentId)
        .filter(document -> document.getCaseId() == subject.getId())
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
