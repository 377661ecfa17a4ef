package org.recourse.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts payment files. A file is staged on disk and read as a stream, a chunk of rows per transaction: the
 * payments posted, the report lines and the file's counters commit together. A 100,000-row file never sits in
 * memory, its progress is visible as it goes, and a file whose node stopped is resumed by another (or the same one
 * after a restart) at the first row not yet committed. Every row is posted by {@link Payments}, as over the API,
 * so the case hears of each payment once.
 */
@Service
public class PaymentFiles {

  private static final Logger LOG = LoggerFactory.getLogger(PaymentFiles.class);

  private final PaymentFileRepository files;
  private final PaymentFileLineRepository reportLines;
  private final Payments payments;
  private final PaymentSettings settings;
  private final TransactionTemplate transaction;
  private final TaskExecutor executor;
  private final Clock clock;

  PaymentFiles(PaymentFileRepository files, PaymentFileLineRepository reportLines, Payments payments,
      PaymentSettings settings, PlatformTransactionManager transactions,
      @Qualifier("paymentFileExecutor") TaskExecutor executor, Clock clock) {
    this.files = files;
    this.reportLines = reportLines;
    this.payments = payments;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.executor = executor;
    this.clock = clock;
  }

  /**
   * Stages the file and queues it; posting starts at once in the background. A file whose header lacks a required
   * column (or names one twice, or one that is not a payment file's) is refused whole, before anything is posted.
   */
  public PaymentFile submit(String fileName, InputStream content, String actor) throws IOException {
    String name = fileName == null || fileName.isBlank() ? "payments.csv" : Path.of(fileName).getFileName().toString();
    Files.createDirectories(settings.getStagingDir());
    Path upload = settings.getStagingDir().resolve("upload-" + UUID.randomUUID() + ".csv");
    try {
      Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
      List<FieldProblem> problems = headerProblems(upload);
      if (!problems.isEmpty()) {
        throw new InputRejectedException("The payment file was not accepted", problems);
      }
    } catch (IOException | RuntimeException refused) {
      Files.deleteIfExists(upload);
      throw refused;
    }
    PaymentFile created = transaction.execute(status -> files.save(new PaymentFile(name, actor, clock.instant())));
    try {
      Files.move(upload, stagedFile(created.getId()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(upload);
      finish(created.getId(), "The upload could not be stored: " + e.getMessage());
      throw e;
    }
    executor.execute(() -> run(created.getId()));
    return created;
  }

  @Transactional(readOnly = true)
  public PaymentFile get(long fileId) {
    return files.findById(fileId).orElseThrow(() -> new NoSuchElementException("there is no payment file " + fileId));
  }

  @Transactional(readOnly = true)
  public Page<PaymentFileLine> report(long fileId, Pageable page) {
    get(fileId);
    return reportLines.findByFile(fileId, page);
  }

  /** Hands every line of the report, in order, to {@code sink} without loading the whole report. */
  @Transactional(readOnly = true)
  public void forEachReportLine(long fileId, Consumer<PaymentFileLine> sink) {
    get(fileId);
    try (Stream<PaymentFileLine> lines = reportLines.streamByFile(fileId)) {
      lines.forEach(sink);
    }
  }

  /** Takes over files whose node stopped reporting: after a crash, a restart, or a node lost from the cluster. */
  @Scheduled(initialDelayString = "${recourse.payment.resume-initial-delay:PT10S}",
      fixedDelayString = "${recourse.payment.resume-every:PT1M}")
  public void resumeAbandoned() {
    var now = clock.instant();
    for (PaymentFile abandoned : files.findByStatusIn(EnumSet.of(PaymentFileStatus.QUEUED, PaymentFileStatus.RUNNING))) {
      if (abandoned.isAbandoned(now, settings.getStaleAfter()) && Files.exists(stagedFile(abandoned.getId()))) {
        LOG.info("Resuming payment file {} after {} of its rows", abandoned.getId(), abandoned.getRowsRead());
        executor.execute(() -> run(abandoned.getId()));
      }
    }
  }

  void run(long fileId) {
    String run = UUID.randomUUID().toString();
    if (!claim(fileId, run)) {
      return;
    }
    long linesRead = 1;
    try (Reader reader = reader(stagedFile(fileId)); CSVParser parser = PaymentCsv.FORMAT.parse(reader)) {
      long alreadyRead = transaction.execute(status -> get(fileId).getRowsRead());
      long index = 0;
      List<PaymentCsv.Row> chunk = new ArrayList<>(settings.getChunkSize());
      Iterator<CSVRecord> records = parser.iterator();
      linesRead = parser.getCurrentLineNumber();
      LocalDate today = LocalDate.now(clock);
      try {
        while (records.hasNext()) {
          long line = linesRead + 1;
          CSVRecord record = records.next();
          linesRead = parser.getCurrentLineNumber();
          if (index++ < alreadyRead) {
            continue;
          }
          chunk.add(PaymentCsv.read(record, line, today));
          if (chunk.size() == settings.getChunkSize()) {
            post(fileId, run, chunk);
            chunk.clear();
          }
        }
      } finally {
        // The rows read before the file broke off are good: they are posted before the failure is recorded.
        if (!chunk.isEmpty()) {
          post(fileId, run, chunk);
        }
      }
      finish(fileId, null);
    } catch (UncheckedIOException | IOException e) {
      String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      finish(fileId, "The file could not be read after line " + linesRead + " (" + cause
          + "); the rows before it were posted");
    } catch (TakenOverException e) {
      LOG.info("Payment file {} is now worked by another run; this one stops", fileId);
    } catch (RuntimeException e) {
      LOG.error("Payment file {} stopped", fileId, e);
      finish(fileId, "Stopped after line " + linesRead + ": " + e.getMessage()
          + "; the rows before it were posted, and posting the file again posts only the others");
    }
  }

  private boolean claim(long fileId, String run) {
    try {
      return Boolean.TRUE.equals(transaction.execute(status -> {
        PaymentFile state = get(fileId);
        boolean free = state.getStatus() == PaymentFileStatus.QUEUED
            || state.isAbandoned(clock.instant(), settings.getStaleAfter());
        if (!free) {
          return false;
        }
        state.claim(run, clock.instant());
        return true;
      }));
    } catch (OptimisticLockingFailureException raced) {
      return false;
    }
  }

  /**
   * Posts a chunk in one transaction. If another writer posted one of its references meanwhile (the unique key
   * refuses the chunk) or the database gave way to a concurrent change, its rows are posted one by one, and the
   * raced one shows as already posted.
   */
  private void post(long fileId, String run, List<PaymentCsv.Row> chunk) {
    try {
      transaction.executeWithoutResult(status -> postRows(fileId, run, chunk));
    } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException raced) {
      for (PaymentCsv.Row row : chunk) {
        transaction.executeWithoutResult(status -> postRows(fileId, run, List.of(row)));
      }
    }
  }

  private void postRows(long fileId, String run, List<PaymentCsv.Row> rows) {
    PaymentFile state = get(fileId);
    if (!state.isOwnedBy(run)) {
      throw new TakenOverException();
    }
    List<PaymentFileLine> report = new ArrayList<>();
    long rejected = 0;
    // A reference the file has already used, in this chunk or in one before (posted, or found posted).
    Map<String, Long> firstLine = new HashMap<>();
    List<PaymentCsv.Row> readable = new ArrayList<>(rows.size());
    for (PaymentCsv.Row row : rows) {
      if (row.problems().isEmpty()) {
        readable.add(row);
      }
    }
    Set<String> reportedPosted = new HashSet<>(reportLines.alreadyPostedIn(fileId,
        readable.stream().map(PaymentCsv.Row::reference).toList()));
    List<PaymentCsv.Row> toPost = new ArrayList<>(readable.size());
    for (PaymentCsv.Row row : rows) {
      if (!row.problems().isEmpty()) {
        rejected++;
        row.problems().forEach(problem -> report.add(line(fileId, row, PaymentFileLine.Kind.REJECTED, problem.field(),
            problem.message())));
        continue;
      }
      Long earlier = firstLine.putIfAbsent(row.reference(), row.lineNumber());
      if (earlier != null || reportedPosted.contains(row.reference())) {
        rejected++;
        report.add(line(fileId, row, PaymentFileLine.Kind.REJECTED, PaymentCsv.Column.REFERENCE.header(),
            "reference " + row.reference() + " appears earlier in this file"
                + (earlier != null ? " (line " + earlier + ")" : "") + "; this row is not posted"));
        continue;
      }
      toPost.add(row);
    }
    List<PostingOutcome> outcomes = payments.receiveAll(toPost.stream()
        .map(row -> new Payments.CasePayment(row.caseNumber(), row.payment())).toList(), state.getSubmittedBy(), fileId);
    long posted = 0;
    long alreadyPosted = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      PaymentCsv.Row row = toPost.get(i);
      PostingOutcome outcome = outcomes.get(i);
      if (outcome instanceof PostingOutcome.Posted done && !done.posting().alreadyPosted()) {
        posted++;
      } else if (outcome instanceof PostingOutcome.Posted before
          && !Objects.equals(before.posting().entry().getPaymentFileId(), fileId)) {
        alreadyPosted++;
        LedgerEntry entry = before.posting().entry();
        report.add(line(fileId, row, PaymentFileLine.Kind.ALREADY_POSTED, PaymentCsv.Column.REFERENCE.header(),
            "already posted on " + entry.getRecordedAt().atZone(clock.getZone()).toLocalDate()
                + (entry.getPaymentFileId() != null ? " from payment file " + entry.getPaymentFileId() : "")
                + "; nothing changed"));
      } else if (outcome instanceof PostingOutcome.Posted) {
        rejected++;
        report.add(line(fileId, row, PaymentFileLine.Kind.REJECTED, PaymentCsv.Column.REFERENCE.header(),
            "reference " + row.reference() + " appears earlier in this file; this row is not posted"));
      } else if (outcome instanceof PostingOutcome.ReferenceConflict conflict) {
        rejected++;
        boolean sameFile = Objects.equals(conflict.existing().getPaymentFileId(), fileId);
        report.add(line(fileId, row, PaymentFileLine.Kind.REJECTED, PaymentCsv.Column.REFERENCE.header(), sameFile
            ? "reference " + row.reference() + " appears earlier in this file with another case or amount"
            : "reference " + row.reference() + " was already posted for another case or amount"));
      } else if (outcome instanceof PostingOutcome.UnknownCase unknown) {
        rejected++;
        report.add(line(fileId, row, PaymentFileLine.Kind.REJECTED, PaymentCsv.Column.CASE_NUMBER.header(),
            "there is no case " + unknown.caseNumber()));
      }
    }
    reportLines.saveAll(report);
    state.countChunk(rows.size(), posted, alreadyPosted, rejected, clock.instant());
  }

  private static PaymentFileLine line(long fileId, PaymentCsv.Row row, PaymentFileLine.Kind kind, String field,
      String message) {
    return new PaymentFileLine(fileId, row.lineNumber(), kind, field, row.reference(), message);
  }

  /** Completes the file, or fails it with the reason; the staged file is removed either way. */
  private void finish(long fileId, String failure) {
    transaction.executeWithoutResult(status -> {
      PaymentFile state = get(fileId);
      if (failure == null) {
        state.complete(clock.instant());
      } else {
        state.fail(failure, clock.instant());
      }
    });
    try {
      Files.deleteIfExists(stagedFile(fileId));
    } catch (IOException e) {
      LOG.warn("Could not remove the staged file of payment file {}", fileId, e);
    }
  }

  private static List<FieldProblem> headerProblems(Path file) throws IOException {
    try (Reader reader = reader(file); CSVParser parser = PaymentCsv.FORMAT.parse(reader)) {
      return PaymentCsv.checkHeader(parser.getHeaderNames());
    } catch (UncheckedIOException | IllegalArgumentException unreadable) {
      return List.of(new FieldProblem("file", "has no readable header row: " + unreadable.getMessage()));
    }
  }

  private static Reader reader(Path file) throws IOException {
    return new InputStreamReader(BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(),
        StandardCharsets.UTF_8);
  }

  private Path stagedFile(long fileId) {
    return settings.getStagingDir().resolve(fileId + ".csv");
  }

  /** Another run claimed the file after this one was presumed dead. */
  private static final class TakenOverException extends RuntimeException {
    TakenOverException() {
      super(null, null, false, false);
    }
  }
}
