package org.recourse.payment;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recourse.payment.internal.PaymentCsv;
import org.recourse.payment.internal.PaymentFile;
import org.recourse.payment.internal.PaymentFileLine;
import org.recourse.payment.internal.PaymentFileLineRepository;
import org.recourse.payment.internal.PaymentFileRepository;
import org.recourse.payment.internal.PaymentSettings;
import org.recourse.payment.internal.PostingOutcome;
import org.recourse.platform.CsvFiles;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.FileRunStatus;
import org.recourse.platform.FileRuns;
import org.recourse.platform.FilesAtWork;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.Node;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts payment files, worked through as every file Recourse takes in is ({@link FileRuns}): staged, read as a
 * stream, a chunk of rows per transaction in which the payments posted, the report lines and the file's counters
 * commit together, and resumed by another node if this one stops. A chunk refused because another writer posted
 * one of its references meanwhile is posted row by row, and the raced row shows as already posted. Every row is
 * posted by {@link Payments}, as over the API, so the case hears of each payment once.
 */
@Service
public class PaymentFiles implements FileRuns.Work<PaymentFile, PaymentCsv.Row> {

  private final PaymentFileRepository files;
  private final PaymentFileLineRepository reportLines;
  private final Payments payments;
  private final FileRuns<PaymentFile, PaymentCsv.Row> runs;
  private final Clock clock;

  PaymentFiles(PaymentFileRepository files, PaymentFileLineRepository reportLines, Payments payments,
      PaymentSettings settings, PlatformTransactionManager transactions,
      @Qualifier("paymentFileExecutor") TaskExecutor executor, FilesAtWork atWork, Node node, Clock clock,
      EntityManager entityManager) {
    this.files = files;
    this.reportLines = reportLines;
    this.payments = payments;
    this.clock = clock;
    this.runs = new FileRuns<>("payment file", "posted", settings, this::get, files::save, this,
        new TransactionTemplate(transactions), executor, atWork, node, clock, entityManager);
  }

  /**
   * Stages the file and queues it; posting starts at once in the background. A file whose header lacks a required
   * column (or names one twice, or one that is not a payment file's) is refused whole, before anything is posted.
   */
  public PaymentFile submit(String fileName, InputStream content, String actor) throws IOException {
    String name = fileName == null || fileName.isBlank() ? "payments.csv" : Path.of(fileName).getFileName().toString();
    Path upload = runs.upload(content);
    try {
      List<FieldProblem> problems = headerProblems(upload);
      if (!problems.isEmpty()) {
        throw new InputRejectedException("The payment file was not accepted", problems);
      }
    } catch (IOException | RuntimeException refused) {
      Files.deleteIfExists(upload);
      throw refused;
    }
    return runs.submit(new PaymentFile(name, actor, clock.instant()), upload);
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
  @Scheduled(initialDelayString = "${recourse.payment.resume-initial-delay:PT2S}",
      fixedDelayString = "${recourse.payment.resume-every:PT5S}")
  public void resumeAbandoned() {
    runs.resumeAbandoned(files.findByStatusIn(EnumSet.of(FileRunStatus.QUEUED, FileRunStatus.RUNNING)));
  }

  void run(long fileId) {
    runs.run(fileId);
  }

  /** The header was checked when the file was sent. */
  @Override
  public List<String> headerProblems(List<String> header) {
    return PaymentCsv.checkHeader(header).stream().map(problem -> problem.field() + " " + problem.message()).toList();
  }

  @Override
  public PaymentCsv.Row read(CSVRecord record, long lineNumber) {
    return PaymentCsv.read(record, lineNumber, LocalDate.now(clock));
  }

  /**
   * Posts a chunk of rows: unreadable rows and references the file repeats are reported; the rest are posted
   * together, and what was posted before (from another file, or over the API) is reported as such.
   */
  @Override
  public FileRuns.Counts work(PaymentFile state, List<PaymentCsv.Row> rows) {
    long fileId = state.getId();
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
    return new FileRuns.Counts(posted, alreadyPosted, rejected);
  }

  private static PaymentFileLine line(long fileId, PaymentCsv.Row row, PaymentFileLine.Kind kind, String field,
      String message) {
    return new PaymentFileLine(fileId, row.lineNumber(), kind, field, row.reference(), message);
  }

  private static List<FieldProblem> headerProblems(Path file) throws IOException {
    try (Reader reader = CsvFiles.open(file); CSVParser parser = CsvFiles.FORMAT.parse(reader)) {
      return PaymentCsv.checkHeader(parser.getHeaderNames());
    } catch (UncheckedIOException | IllegalArgumentException unreadable) {
      return List.of(new FieldProblem("file", "has no readable header row: " + unreadable.getMessage()));
    }
  }
}
