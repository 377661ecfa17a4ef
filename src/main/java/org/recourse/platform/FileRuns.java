package org.recourse.platform;

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
import java.util.function.Function;
import java.util.function.LongFunction;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through a CSV file taken in, as every such file is worked: staged on disk and read as a stream, a chunk of
 * rows per transaction in which the rows' work, the report and the file's counts commit together. A 100,000-row
 * file never sits in memory, its progress is visible as it goes, and a file whose node stopped is resumed by another
 * (or the same one after a restart) at the first row not yet committed. A chunk refused because a concurrent writer
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

    /** Works a chunk of rows, in the chunk's transaction, and counts what it did on the file. */
    void work(F file, List<R> rows);
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

  /**
   * @param what what the file is called in messages ("portfolio import", "payment file")
   * @param done what became of the rows worked ("placed", "posted")
   * @param settings where files are staged, the chunk size
   * @param load reads the file's entity by id (called in a transaction)
   * @param save stores a new file's entity
   * @param atWork counts the files this node is working through, for work that can wait
   * @param node whose runs claim files, and whether another run's node has stopped
   */
  public FileRuns(String what, String done, FileRunSettings settings, LongFunction<F> load, Function<F, F> save,
      Work<F, R> work, TransactionTemplate transaction, TaskExecutor executor, FilesAtWork atWork, Node node,
      Clock clock) {
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
      long alreadyRead = transaction.execute(status -> load.apply(fileId).getRowsRead());
      int chunkSize = settings.getChunkSize();
      long index = 0;
      List<R> chunk = new ArrayList<>(chunkSize);
      Iterator<CSVRecord> records = parser.iterator();
      linesRead = parser.getCurrentLineNumber();
      try {
        while (records.hasNext()) {
          long line = linesRead + 1;
          CSVRecord record = records.next();
          linesRead = parser.getCurrentLineNumber();
          if (index++ < alreadyRead) {
            continue;
          }
          chunk.add(work.read(record, line));
          if (chunk.size() == chunkSize) {
            workChunk(fileId, run, chunk);
            chunk.clear();
          }
        }
      } finally {
        // The rows read before the file broke off are good: they are worked before the failure is recorded.
        if (!chunk.isEmpty()) {
          workChunk(fileId, run, chunk);
        }
      }
      finish(fileId, null);
    } catch (UncheckedIOException | IOException e) {
      String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      finish(fileId, "The file could not be read after line " + linesRead + " (" + cause + "); the rows before it "
          + "were " + done);
    } catch (TakenOverException e) {
      LOG.info("{} {} is now worked by another run; this one stops", what, fileId);
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

  private void workChunk(long fileId, String run, List<R> chunk) {
    try {
      transaction.executeWithoutResult(status -> workRows(fileId, run, chunk));
    } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException raced) {
      for (R row : chunk) {
        transaction.executeWithoutResult(status -> workRows(fileId, run, List.of(row)));
      }
    }
  }

  private void workRows(long fileId, String run, List<R> rows) {
    F file = load.apply(fileId);
    if (!file.isOwnedBy(run)) {
      throw new TakenOverException();
    }
    work.work(file, rows);
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
}
