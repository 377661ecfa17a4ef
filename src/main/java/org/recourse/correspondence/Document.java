package org.recourse.correspondence;

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
import java.time.LocalDate;
import org.recourse.correspondence.internal.DocumentContent;
import org.recourse.correspondence.internal.TemplateCatalog;

/**
 * A document exactly as produced: what it is, which template and version it came from, in which language, the
 * data it was rendered from, and the SHA-256 of its bytes (kept in {@link DocumentContent}). Produced once per
 * occasion of a case.
 */
@Entity
public class Document {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
  @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
  private Long id;

  /** The case, by its id: the case itself is casework's. */
  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(nullable = false)
  private String kind;
  @Column(nullable = false)
  private String occasion;
  @Column(nullable = false)
  private String title;
  @Column(nullable = false)
  private String template;
  @Column(nullable = false)
  private int templateVersion;
  @Column(nullable = false)
  private String language;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentStatus status;
  @Column(nullable = false)
  private String mediaType;
  private Integer sizeBytes;
  private Integer pages;
  private String sha256;
  @Column(nullable = false)
  private String currency;
  @Column(nullable = false)
  private String data;
  @Column(nullable = false)
  private Instant createdAt;
  @Column(nullable = false)
  private String createdBy;
  @Column(nullable = false)
  private LocalDate letterDate;
  private Long printBatchId;
  private Instant sentAt;
  private Instant renderedAt;
  private Instant renderClaimedAt;
  /** The node life rendering it now ({@link org.recourse.platform.Node#token()}); null when none is. */
  private String renderClaimedBy;
  @Column(nullable = false)
  private int renderAttempts;

  @Version
  private long version;

  protected Document() {
  }

  Document(long caseId, String kind, String occasion, TemplateCatalog.Template template,
      String language, String currency, Channel channel, String data, LocalDate letterDate, Instant createdAt,
      String createdBy) {
    this.caseId = caseId;
    this.kind = kind;
    this.occasion = occasion;
    this.title = template.title();
    this.template = template.name();
    this.templateVersion = template.version();
    this.language = language;
    this.currency = currency;
    this.channel = channel;
    this.status = DocumentStatus.RENDERING;
    this.mediaType = "application/pdf";
    this.data = data;
    this.letterDate = letterDate;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /**
   * A document Recourse generated for its own people (a court packet), kept exactly as made: its bytes, hash, size
   * and page count are known at once, and it never goes to the debtor.
   */
  static Document filed(long caseId, Documents.FiledDocument filed, String currency,
      LocalDate dated, Instant at, String by) {
    Document document = new Document(caseId, filed.kind(), filed.occasion(),
        new TemplateCatalog.Template(filed.template(), filed.templateVersion(), filed.title()), filed.language(),
        currency, Channel.INTERNAL, filed.data(), dated, at, by);
    document.mediaType = filed.mediaType();
    document.sizeBytes = filed.content().length;
    document.pages = filed.pages();
    document.sha256 = Letters.sha256(filed.content());
    document.renderedAt = at;
    document.status = DocumentStatus.FILED;
    return document;
  }

  /** Laid out: from now on it can be sent, and downloads byte for byte. */
  void rendered(TemplateCatalog.Template template, int sizeBytes, int pages, String sha256, Instant at) {
    this.title = template.title();
    this.templateVersion = template.version();
    this.sizeBytes = sizeBytes;
    this.pages = pages;
    this.sha256 = sha256;
    this.renderedAt = at;
    this.renderClaimedAt = null;
    this.renderClaimedBy = null;
    this.status = DocumentStatus.QUEUED;
  }

  /** A try to render it failed; after the last one it is given up. */
  void renderFailed(boolean last) {
    this.renderAttempts++;
    this.renderClaimedAt = null;
    this.renderClaimedBy = null;
    if (last) {
      this.status = DocumentStatus.FAILED;
    }
  }

  void batch(long batchId) {
    this.printBatchId = batchId;
    this.status = DocumentStatus.BATCHED;
  }

  void sent(Instant at) {
    this.status = DocumentStatus.SENT;
    this.sentAt = at;
  }

  /**
   * The document named for Recourse's own people, in English whatever language it was written in: "Validation
   * notice (in Spanish)". Its {@link #getTitle() title} is the debtor's, in the letter's language.
   */
  public String describe() {
    String words = kind.replace('-', ' ');
    String name = Character.toUpperCase(words.charAt(0)) + words.substring(1);
    String in = java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH);
    return "en".equals(language) || in.isEmpty() ? name : name + " (in " + in + ")";
  }

  public boolean isValidationNotice() {
    return LetterKind.VALIDATION_NOTICE.template().equals(kind);
  }

  /** The contact guard refused it as it was about to leave: it never goes out. */
  void withhold() {
    this.status = DocumentStatus.WITHHELD;
  }

  /** The e-mail could not carry it: it goes in the next print batch instead. */
  void sendByPost() {
    this.channel = Channel.POST;
    this.status = DocumentStatus.QUEUED;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getKind() {
    return kind;
  }

  public String getOccasion() {
    return occasion;
  }

  public String getTitle() {
    return title;
  }

  public String getTemplate() {
    return template;
  }

  public int getTemplateVersion() {
    return templateVersion;
  }

  public String getLanguage() {
    return language;
  }

  public Channel getChannel() {
    return channel;
  }

  public DocumentStatus getStatus() {
    return status;
  }

  public String getMediaType() {
    return mediaType;
  }

  public Integer getSizeBytes() {
    return sizeBytes;
  }

  public Integer getPages() {
    return pages;
  }

  public String getCurrency() {
    return currency;
  }

  public Instant getRenderedAt() {
    return renderedAt;
  }

  public int getRenderAttempts() {
    return renderAttempts;
  }

  public boolean isRendered() {
    return renderedAt != null;
  }

  public String getSha256() {
    return sha256;
  }

  public String getData() {
    return data;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDate getLetterDate() {
    return letterDate;
  }

  public Long getPrintBatchId() {
    return printBatchId;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
