package org.recourse.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PessimisticLockException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through a CSV file taken in, as every such file is worked: staged on disk and read as a stream, a chunk of
 * rows per transaction in which the rows' work, the report, the file's counts and the record of which rows they were
 * commit together; where the kind of file allows it, several chunks side by side. A 100,000-row file never sits in
 * memory, its progress is visible as it goes, and a file whose node stopped is resumed by another (or the same one
 * after a restart) with the rows no chunk committed. A chunk refused because a concurrent writer
 * took one of its rows first (a unique key, a lock) is worked again row by row, so the raced row is reported as
 * such and the rest are kept.
 *
 * @param <F> the file's entity
 * @param <R> a row as read
 */
public final class FileRuns<F extends FileRun, R> {

  private static final Logger LOG = LoggerFactory.getLogger(FileRuns.class);

  /** What a kind of file does with its rows. */
  public interface Work<F extends FileRun, R> {

    /** What is wrong with the header, in words for the file's failure; empty when it is fine. */
    List<String> headerProblems(List<String> header);

    R read(CSVRecord record, long lineNumber);

    /** Works a chunk of rows, in the chunk's transaction, and says what they did, for the file's counts. */
    Counts work(F file, List<R> rows);
  }

  private final String what;
  private final String done;
  private final FileRunSettings settings;
  private final LongFunction<F> load;
  private final Function<F, F> save;
  private final Work<F, R> work;
  private final TransactionTemplate transaction;
  private final TaskExecutor executor;
  private final FilesAtWork atWork;
  private final Node node;
  private final Clock clock;
  private final EntityManager entityManager;

  /**
   * @param what what the file is called in messages ("portfolio import", "payment file")
   * @param done what became of the rows worked ("placed", "posted")
   * @param settings where files are staged, the chunk size
   * @param load reads the file's entity by id (called in a transaction)
   * @param save stores a new file's entity
   * @param atWork counts the files this node is working through, for work that can wait
   * @param node whose runs claim files, and whether another run's node has stopped
   * @param entityManager the transactions' own, in which the file's row is locked and its committed rows recorded
   */
  public FileRuns(String what, String done, FileRunSettings settings, LongFunction<F> load, Function<F, F> save,
      Work<F, R> work, TransactionTemplate transaction, TaskExecutor executor, FilesAtWork atWork, Node node,
      Clock clock, EntityManager entityManager) {
    this.entityManager = entityManager;
    this.what = what;
    this.done = done;
    this.settings = settings;
    this.load = load;
    this.save = save;
    this.work = work;
    this.transaction = transaction;
    this.executor = executor;
    this.atWork = atWork;
    this.node = node;
    this.clock = clock;
  }

  /** Stores an upload in the staging folder under a name of its own, before it is known to be acceptable. */
  public Path upload(InputStream content) throws IOException {
    Files.createDirectories(settings.getStagingDir());
    Path upload = settings.getStagingDir().resolve("upload-" + UUID.randomUUID() + ".csv");
    try {
      Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(upload);
      throw e;
    }
    return upload;
  }

  /** Records the file, moves its upload to where runs find it, and starts working on it in the background. */
  public F submit(F file, Path upload) throws IOException {
    F created = transaction.execute(status -> save.apply(file));
    try {
      Files.move(upload, staged(created.getId()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(upload);
      finish(created.getId(), "The upload could not be stored: " + e.getMessage());
      throw e;
    }
    executor.execute(() -> run(created.getId()));
    return created;
  }

  /**
   * Takes over files whose node stopped: at once after that node restarted, after the node lease when it is gone
   * from the cluster; a file queued by no run yet, too.
   */
  public void resumeAbandoned(List<F> unfinished) {
    for (F abandoned : unfinished) {
      if (abandoned.isAbandoned(node) && Files.exists(staged(abandoned.getId()))) {
        LOG.info("Resuming {} {} after {} of its rows", what, abandoned.getId(), abandoned.getRowsRead());
        executor.execute(() -> run(abandoned.getId()));
      }
    }
  }

  public void run(long fileId) {
    String run = node.newRun();
    if (!claim(fileId, run)) {
      return;
    }
    try (FilesAtWork.Working working = atWork.start()) {
      work(fileId, run);
    }
  }

  private void work(long fileId, String run) {
    long linesRead = 1;
    try (Reader reader = CsvFiles.open(staged(fileId)); CSVParser parser = CsvFiles.FORMAT.parse(reader)) {
      List<String> headerProblems = work.headerProblems(parser.getHeaderNames());
      if (!headerProblems.isEmpty()) {
        finish(fileId, "The file was not read: " + String.join("; ", headerProblems));
        return;
      }
      CommittedRows committed = transaction.execute(status -> committedRows(fileId));
      int chunkSize = settings.getChunkSize();
      long index = 0;
      Chunk<R> chunk = new Chunk<>(chunkSize);
      Iterator<CSVRecord> records = parser.iterator();
      linesRead = parser.getCurrentLineNumber();
      try (Chunks chunks = new Chunks(fileId, run, settings.getParallelChunks())) {
        try {
          while (records.hasNext() && !chunks.stopped()) {
            long line = linesRead + 1;
            CSVRecord record = records.next();
            linesRead = parser.getCurrentLineNumber();
            long row = index++;
            if (committed.contains(row)) {
              continue;
            }
            chunk.add(row, line, work.read(record, line));
            if (chunk.size() == chunkSize) {
              Chunk<R> full = chunk;
              chunk = new Chunk<>(chunkSize);
              chunks.submit(full);
            }
          }
        } finally {
          // The rows read before the file broke off are good: they are worked before the failure is recorded.
          if (chunk.size() > 0) {
            chunks.submit(chunk);
          }
        }
      }
      finish(fileId, null);
    } catch (UncheckedIOException | IOException e) {
      String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      finish(fileId, "The file could not be read after line " + linesRead + " (" + cause + "); the rows before it "
          + "were " + done);
    } catch (TakenOverException e) {
      LOG.info("{} {} is now worked by another run; this one stops", what, fileId);
    } catch (ChunkFailedException e) {
      LOG.error("{} {} stopped", what, fileId, e.getCause());
      finish(fileId, "Stopped at line " + e.firstLine + ": " + e.getCause().getMessage() + "; the rows before it were "
          + done + ", and sending the file again changes nothing for them");
    } catch (RuntimeException e) {
      LOG.error("{} {} stopped", what, fileId, e);
      finish(fileId, "Stopped after line " + linesRead + ": " + e.getMessage() + "; the rows before it were " + done
          + ", and sending the file again changes nothing for them");
    }
  }

  private boolean claim(long fileId, String run) {
    try {
      return Boolean.TRUE.equals(transaction.execute(status -> {
        F file = load.apply(fileId);
        boolean free = file.getStatus() == FileRunStatus.QUEUED || file.isAbandoned(node);
        if (!free) {
          return false;
        }
        file.claim(run, clock.instant());
        return true;
      }));
    } catch (OptimisticLockingFailureException raced) {
      return false;
    }
  }

  private void workChunk(long fileId, String run, Chunk<R> chunk) {
    try {
      transaction.executeWithoutResult(status -> workRows(fileId, run, chunk));
    } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException
        // The chunk's flush before the file's lock reports a raced key or a deadlock in Hibernate's own words.
        | ConstraintViolationException | LockAcquisitionException | PessimisticLockException raced) {
      for (int i = 0; i < chunk.size(); i++) {
        Chunk<R> one = chunk.slice(i);
        transaction.executeWithoutResult(status -> workRows(fileId, run, one));
      }
    }
  }

  /**
   * Works the rows and commits them with the file's counts and the record of which rows they were. The file's row
   * is locked only at the end, after the rows' own writes: chunks worked side by side wait for each other there
   * alone, and a run that was taken over meanwhile finds out before anything of its chunk commits.
   */
  private void workRows(long fileId, String run, Chunk<R> chunk) {
    F file = load.apply(fileId);
    if (!file.isOwnedBy(run)) {
      throw new TakenOverException();
    }
    Counts counts = work.work(file, chunk.rows());
    entityManager.flush();
    entityManager.refresh(file, LockModeType.PESSIMISTIC_WRITE);
    if (!file.isOwnedBy(run)) {
      throw new TakenOverException();
    }
    file.countChunk(chunk.size(), counts.done(), counts.alreadyDone(), counts.rejected(), clock.instant());
    for (long[] range : chunk.ranges()) {
      entityManager.createNativeQuery(
              "insert into file_run_chunk (file_kind, file_id, first_row, row_count) values (?, ?, ?, ?)")
          .setParameter(1, what).setParameter(2, fileId).setParameter(3, range[0]).setParameter(4, (int) range[1])
          .executeUpdate();
    }
  }

  /** The rows of the file committed by earlier runs, which a resumed run skips. */
  @SuppressWarnings("unchecked")
  private CommittedRows committedRows(long fileId) {
    List<Object[]> ranges = entityManager.createNativeQuery(
            "select first_row, row_count from file_run_chunk where file_kind = ? and file_id = ? order by first_row")
        .setParameter(1, what).setParameter(2, fileId).getResultList();
    return new CommittedRows(ranges.stream()
        .map(range -> new long[] {((Number) range[0]).longValue(), ((Number) range[1]).longValue()}).toList());
  }

  /** Completes the file, or fails it with the reason; the staged file is removed either way. */
  public void finish(long fileId, String failure) {
    transaction.executeWithoutResult(status -> {
      F file = load.apply(fileId);
      if (failure == null) {
        file.complete(clock.instant());
      } else {
        file.fail(failure, clock.instant());
      }
      // A finished file is never resumed: which of its rows were committed is no longer needed.
      entityManager.createNativeQuery("delete from file_run_chunk where file_kind = ? and file_id = ?")
          .setParameter(1, what).setParameter(2, fileId).executeUpdate();
    });
    try {
      Files.deleteIfExists(staged(fileId));
    } catch (IOException e) {
      LOG.warn("Could not remove the staged file of {} {}", what, fileId, e);
    }
  }

  private Path staged(long fileId) {
    return settings.getStagingDir().resolve(fileId + ".csv");
  }

  /** Another run claimed the file after this one was presumed dead. */
  private static final class TakenOverException extends RuntimeException {
    TakenOverException() {
      super(null, null, false, false);
    }
  }

  /** What a chunk's rows did, for the file's counts. */
  public record Counts(long done, long alreadyDone, long rejected) {
  }

  /** Rows read and not yet worked, each with its index among the file's rows (0 for the first after the header). */
  private static final class Chunk<R> {

    private final List<R> rows;
    private final long[] indexes;
    private final long[] lines;

    Chunk(int capacity) {
      this.rows = new ArrayList<>(capacity);
      this.indexes = new long[capacity];
      this.lines = new long[capacity];
    }

    void add(long index, long line, R row) {
      indexes[rows.size()] = index;
      lines[rows.size()] = line;
      rows.add(row);
    }

    int size() {
      return rows.size();
    }

    List<R> rows() {
      return rows;
    }

    long firstLine() {
      return lines[0];
    }

    Chunk<R> slice(int i) {
      Chunk<R> one = new Chunk<>(1);
      one.add(indexes[i], lines[i], rows.get(i));
      return one;
    }

    /** The chunk's rows as ranges of consecutive indexes: {first, count}. A resumed run's chunk may have gaps. */
    List<long[]> ranges() {
      List<long[]> ranges = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
        if (last != null && last[0] + last[1] == indexes[i]) {
          last[1]++;
        } else {
          ranges.add(new long[] {indexes[i], 1});
        }
      }
      return ranges;
    }
  }

  /** Row indexes committed before, as sorted ranges {first, count}. */
  private record CommittedRows(List<long[]> ranges) {

    boolean contains(long index) {
      int low = 0;
      int high = ranges.size() - 1;
      while (low <= high) {
        int middle = (low + high) >>> 1;
        long[] range = ranges.get(middle);
        if (index < range[0]) {
          high = middle - 1;
        } else if (index >= range[0] + range[1]) {
          low = middle + 1;
        } else {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The chunks of one run, worked one at a time on the run's thread or, when the kind of file allows it, several
   * side by side on threads of the run's own: the reader waits while that many are in flight. The first chunk to
   * fail stops the run; closing waits for the chunks in flight and then throws that failure.
   */
  private final class Chunks implements AutoCloseable {

    private final long fileId;
    private final String run;
    private final ExecutorService workers;
    private final Semaphore inFlight;
    private final List<Future<?>> pending = new ArrayList<>();
    private volatile RuntimeException failure;
    private volatile long failedAtLine = Long.MAX_VALUE;

    Chunks(long fileId, String run, int parallel) {
      this.fileId = fileId;
      this.run = run;
      this.inFlight = new Semaphore(Math.max(1, parallel));
      this.workers = parallel <= 1 ? null : Executors.newFixedThreadPool(parallel, task -> {
        Thread thread = new Thread(task, Thread.currentThread().getName() + "-chunk");
        thread.setDaemon(true);
        return thread;
      });
    }

    boolean stopped() {
      return failure != null;
    }

    void submit(Chunk<R> chunk) {
      if (workers == null) {
        workChunk(fileId, run, chunk);
        return;
      }
      if (stopped()) {
        return;
      }
      inFlight.acquireUninterruptibly();
      pending.removeIf(Future::isDone);
      pending.add(workers.submit(() -> {
        try {
          workChunk(fileId, run, chunk);
        } catch (RuntimeException e) {
          failed(chunk.firstLine(), e);
        } finally {
          inFlight.release();
        }
      }));
    }

    private synchronized void failed(long line, RuntimeException e) {
      // A takeover ends the run whatever else failed; otherwise the earliest chunk's failure is the one reported,
      // as the rows before it are all worked once the chunks in flight end.
      if (failure instanceof TakenOverException) {
        return;
      }
      if (e instanceof TakenOverException || line < failedAtLine) {
        failedAtLine = line;
        failure = e;
      }
    }

    @Override
    public void close() {
      if (workers == null) {
        return;
      }
      try {
        for (Future<?> chunk : pending) {
          chunk.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the file's chunks were worked", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } finally {
        workers.shutdown();
      }
      RuntimeException first = failure;
      if (first instanceof TakenOverException) {
        throw first;
      }
      if (first != null) {
        throw new ChunkFailedException(failedAtLine, first);
      }
    }
  }

  /** A chunk worked on a thread of its own failed: the line it began at, and why. */
  private static final class ChunkFailedException extends RuntimeException {

    private final long firstLine;

    ChunkFailedException(long firstLine, RuntimeException cause) {
      super(cause.getMessage(), cause);
      this.firstLine = firstLine;
    }
  }
}
