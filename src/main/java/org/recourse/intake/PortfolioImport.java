package org.recourse.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A portfolio file being placed. Its counters are committed with each chunk of rows, so they always match what
 * is in the database, and a node that resumes the import knows exactly where to go on.
 */
@Entity
public class PortfolioImport {

  static final int MAX_FAILURE = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portfolio_import_seq")
  @SequenceGenerator(name = "portfolio_import_seq", sequenceName = "portfolio_import_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportStatus status;

  @Column(nullable = false)
  private long recordsRead;
  @Column(nullable = false)
  private long recordsPlaced;
  @Column(nullable = false)
  private long recordsDuplicate;
  @Column(nullable = false)
  private long recordsRejected;

  private String failure;

  /** The run that works on the import now; a run that finds another owner stops. */
  private String owner;

  @Column(nullable = false)
  private String submittedBy;
  @Column(nullable = false)
  private Instant submittedAt;
  private Instant startedAt;
  private Instant finishedAt;
  private Instant heartbeatAt;

  @Version
  private long version;

  protected PortfolioImport() {
  }

  PortfolioImport(String fileName, String submittedBy, Instant submittedAt) {
    this.fileName = fileName;
    this.status = ImportStatus.QUEUED;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  boolean isFinished() {
    return status == ImportStatus.COMPLETED || status == ImportStatus.FAILED;
  }

  /** Whether nobody is working on it: queued or running without a heartbeat for longer than {@code stale}. */
  boolean isAbandoned(Instant now, Duration stale) {
    if (isFinished()) {
      return false;
    }
    Instant lastSign = heartbeatAt != null ? heartbeatAt : submittedAt;
    return lastSign.plus(stale).isBefore(now);
  }

  void claim(String run, Instant now) {
    if (startedAt == null) {
      startedAt = now;
    }
    status = ImportStatus.RUNNING;
    owner = run;
    heartbeatAt = now;
  }

  boolean isOwnedBy(String run) {
    return run.equals(owner) && status == ImportStatus.RUNNING;
  }

  void countChunk(long records, long placed, long duplicates, long rejected, Instant now) {
    recordsRead += records;
    recordsPlaced += placed;
    recordsDuplicate += duplicates;
    recordsRejected += rejected;
    heartbeatAt = now;
  }

  void complete(Instant now) {
    status = ImportStatus.COMPLETED;
    finishedAt = now;
    heartbeatAt = now;
  }

  void fail(String reason, Instant now) {
    status = ImportStatus.FAILED;
    failure = reason.length() <= MAX_FAILURE ? reason : reason.substring(0, MAX_FAILURE - 1) + "…";
    finishedAt = now;
    heartbeatAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public ImportStatus getStatus() {
    return status;
  }

  public long getRecordsRead() {
    return recordsRead;
  }

  public long getRecordsPlaced() {
    return recordsPlaced;
  }

  public long getRecordsDuplicate() {
    return recordsDuplicate;
  }

  public long getRecordsRejected() {
    return recordsRejected;
  }

  public String getFailure() {
    return failure;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
