package org.recourse.payment;

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
 * A payment file being posted. Its counters are committed with each chunk of rows, so they always match the
 * ledger, and a node that resumes the file knows exactly where to go on.
 */
@Entity
public class PaymentFile {

  static final int MAX_FAILURE = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_file_seq")
  @SequenceGenerator(name = "payment_file_seq", sequenceName = "payment_file_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PaymentFileStatus status;

  @Column(nullable = false)
  private long rowsRead;
  @Column(nullable = false)
  private long rowsPosted;
  @Column(nullable = false)
  private long rowsAlreadyPosted;
  @Column(nullable = false)
  private long rowsRejected;

  private String failure;

  /** The run that works on the file now; a run that finds another owner stops. */
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

  protected PaymentFile() {
  }

  PaymentFile(String fileName, String submittedBy, Instant submittedAt) {
    this.fileName = fileName;
    this.status = PaymentFileStatus.QUEUED;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  boolean isFinished() {
    return status == PaymentFileStatus.COMPLETED || status == PaymentFileStatus.FAILED;
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
    status = PaymentFileStatus.RUNNING;
    owner = run;
    heartbeatAt = now;
  }

  boolean isOwnedBy(String run) {
    return run.equals(owner) && status == PaymentFileStatus.RUNNING;
  }

  void countChunk(long rows, long posted, long alreadyPosted, long rejected, Instant now) {
    rowsRead += rows;
    rowsPosted += posted;
    rowsAlreadyPosted += alreadyPosted;
    rowsRejected += rejected;
    heartbeatAt = now;
  }

  void complete(Instant now) {
    status = PaymentFileStatus.COMPLETED;
    finishedAt = now;
    heartbeatAt = now;
  }

  void fail(String reason, Instant now) {
    status = PaymentFileStatus.FAILED;
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

  public PaymentFileStatus getStatus() {
    return status;
  }

  public long getRowsRead() {
    return rowsRead;
  }

  public long getRowsPosted() {
    return rowsPosted;
  }

  public long getRowsAlreadyPosted() {
    return rowsAlreadyPosted;
  }

  public long getRowsRejected() {
    return rowsRejected;
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
