package org.recourse.correspondence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.recourse.correspondence.internal.OutboxStatus;

/** An e-mail in the transactional outbox, written in the same transaction as the change that caused it. */
@Entity
public class OutboxMail {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
  @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
  private Long id;

  private Long caseId;
  private Long documentId;
  @Column(nullable = false)
  private String recipient;
  @Column(nullable = false)
  private String subject;
  @Column(nullable = false)
  private String body;
  @Column(nullable = false)
  private boolean attachDocument;
  /** To Recourse's own people (the legal inbox), not to a debtor: no contact guard, no opt-out, never by post. */
  @Column(nullable = false)
  private boolean internal;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OutboxStatus status;
  @Column(nullable = false)
  private int attempts;
  @Column(nullable = false)
  private Instant nextAttemptAt;
  private String claimedBy;
  private Instant claimedAt;
  private String lastError;
  @Column(nullable = false)
  private Instant createdAt;
  private Instant sentAt;

  @Version
  private long version;

  protected OutboxMail() {
  }

  public OutboxMail(Long caseId, Long documentId, String recipient, String subject, String body, boolean attachDocument,
      Instant createdAt) {
    this(caseId, documentId, recipient, subject, body, attachDocument, false, createdAt);
  }

  public OutboxMail(Long caseId, Long documentId, String recipient, String subject, String body, boolean attachDocument,
      boolean internal, Instant createdAt) {
    this.internal = internal;
    this.caseId = caseId;
    this.documentId = documentId;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.attachDocument = attachDocument;
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = createdAt;
    this.createdAt = createdAt;
  }

  public void sent(Instant at) {
    this.status = OutboxStatus.SENT;
    this.sentAt = at;
    this.claimedBy = null;
  }

  /** A refused try: another after {@code retryAt}, or none if that was the last. */
  public void refused(String error, Instant retryAt, boolean last) {
    this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    this.claimedBy = null;
    this.status = last ? OutboxStatus.FAILED : OutboxStatus.PENDING;
    this.nextAttemptAt = last ? nextAttemptAt : retryAt;
  }

  /** Not a try: the debtor may not be e-mailed at this hour, so it waits until they may, claimed by nobody. */
  public void postpone(Instant until, String why) {
    this.status = OutboxStatus.PENDING;
    this.claimedBy = null;
    this.attempts = Math.max(0, attempts - 1);
    this.nextAttemptAt = until;
    this.lastError = why;
  }

  public void withhold(String why) {
    this.status = OutboxStatus.WITHHELD;
    this.claimedBy = null;
    this.lastError = why;
  }

  public void uncertain(String why) {
    this.status = OutboxStatus.UNCERTAIN;
    this.lastError = why;
  }

  void retry(Instant at) {
    this.status = OutboxStatus.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = at;
    this.claimedBy = null;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public boolean isAttachDocument() {
    return attachDocument;
  }

  public boolean isInternal() {
    return internal;
  }

  public OutboxStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
