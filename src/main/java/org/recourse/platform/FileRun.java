package org.recourse.platform;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A file taken in and worked through in chunks: who sent it and when, which run works on it now (a run that finds
 * another owner stops), the heartbeat by which a stopped run is noticed, how it ended, and the counts of its rows,
 * committed with each chunk so that they always match what the rows did and a resumed run knows where to go on.
 * Each kind of file names the counts in its own words (records placed, rows posted) by overriding their columns.
 */
@MappedSuperclass
public abstract class FileRun {

  static final int MAX_FAILURE = 1000;

  @Column(nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FileRunStatus status;

  private String failure;

  /** The run that works on the file now. */
  private String owner;

  @Column(nullable = false)
  private String submittedBy;
  @Column(nullable = false)
  private Instant submittedAt;
  private Instant startedAt;
  private Instant finishedAt;
  private Instant heartbeatAt;

  /** Rows read and worked, whatever became of them. */
  @Column(nullable = false)
  private long rowsRead;
  /** Rows that did what the file is for: an account placed, a payment posted. */
  @Column(nullable = false)
  private long rowsDone;
  /** Rows found done before (by an earlier file or over the API), changing nothing. */
  @Column(nullable = false)
  private long rowsAlreadyDone;
  @Column(nullable = false)
  private long rowsRejected;

  @Version
  private long version;

  protected FileRun() {
  }

  protected FileRun(String fileName, String submittedBy, Instant submittedAt) {
    this.fileName = fileName;
    this.status = FileRunStatus.QUEUED;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public abstract Long getId();

  public boolean isFinished() {
    return status == FileRunStatus.COMPLETED || status == FileRunStatus.FAILED;
  }

  /** Whether nobody is working on it: unfinished, and queued by no run or its run's node stopped. */
  public boolean isAbandoned(Node node) {
    return !isFinished() && node.isGone(owner);
  }

  void claim(String run, Instant now) {
    if (startedAt == null) {
      startedAt = now;
    }
    status = FileRunStatus.RUNNING;
    owner = run;
    heartbeatAt = now;
  }

  boolean isOwnedBy(String run) {
    return run.equals(owner) && status == FileRunStatus.RUNNING;
  }

  /** A chunk was worked, in the transaction that commits its rows: counts them, and shows the run alive. */
  void countChunk(long rows, long done, long alreadyDone, long rejected, Instant now) {
    rowsRead += rows;
    rowsDone += done;
    rowsAlreadyDone += alreadyDone;
    rowsRejected += rejected;
    heartbeatAt = now;
  }

  void complete(Instant now) {
    status = FileRunStatus.COMPLETED;
    finishedAt = now;
    heartbeatAt = now;
  }

  void fail(String reason, Instant now) {
    status = FileRunStatus.FAILED;
    failure = reason.length() <= MAX_FAILURE ? reason : reason.substring(0, MAX_FAILURE - 1) + "…";
    finishedAt = now;
    heartbeatAt = now;
  }

  public String getFileName() {
    return fileName;
  }

  public FileRunStatus getStatus() {
    return status;
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

  /** How many of the file's rows have been worked: a resumed run skips them. */
  public long getRowsRead() {
    return rowsRead;
  }

  public long getRowsDone() {
    return rowsDone;
  }

  public long getRowsAlreadyDone() {
    return rowsAlreadyDone;
  }

  public long getRowsRejected() {
    return rowsRejected;
  }
}
