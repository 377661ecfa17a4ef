package org.recourse.intake;

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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.recourse.platform.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
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
 * Places portfolio files. A file is staged on disk and read as a stream, a chunk of rows per transaction: the rows
 * placed, the report lines and the import's counters commit together. A 100,000-row file never sits in memory,
 * its progress is visible as it goes, and an import whose node stopped is resumed by another (or the same one
 * after a restart) at the first row not yet committed.
 */
@Service
public class PortfolioImports {

  private static final Logger LOG = LoggerFactory.getLogger(PortfolioImports.class);

  private final PortfolioImportRepository imports;
  private final ImportReportLineRepository reportLines;
  private final AccountIntake intake;
  private final PlacementValidator validator;
  private final IntakeSettings settings;
  private final TransactionTemplate transaction;
  private final TaskExecutor executor;
  private final Clock clock;

  PortfolioImports(PortfolioImportRepository imports, ImportReportLineRepository reportLines, AccountIntake intake,
      PlacementValidator validator, IntakeSettings settings, PlatformTransactionManager transactions,
      @Qualifier("importExecutor") TaskExecutor executor, Clock clock) {
    this.imports = imports;
    this.reportLines = reportLines;
    this.intake = intake;
    this.validator = validator;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.executor = executor;
    this.clock = clock;
  }

  /** Stages the file and queues it; placing starts at once in the background. */
  public PortfolioImport submit(String fileName, InputStream content, String actor) throws IOException {
    String name = fileName == null || fileName.isBlank() ? "portfolio.csv" : Path.of(fileName).getFileName().toString();
    PortfolioImport created = transaction.execute(status -> imports.save(new PortfolioImport(name, actor, clock.instant())));
    Path staged = stagedFile(created.getId());
    try {
      Files.createDirectories(staged.getParent());
      Files.copy(content, staged, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      finish(created.getId(), "The upload could not be stored: " + e.getMessage());
      throw e;
    }
    executor.execute(() -> run(created.getId()));
    return created;
  }

  @Transactional(readOnly = true)
  public PortfolioImport get(long importId) {
    return imports.findById(importId).orElseThrow(() -> new NoSuchElementException("there is no import " + importId));
  }

  @Transactional(readOnly = true)
  public Page<ImportReportLine> report(long importId, Pageable page) {
    get(importId);
    return reportLines.findByImportIdOrderByLineNumberAscIdAsc(importId, page);
  }

  /** Hands every line of the report, in order, to {@code sink} without loading the whole report. */
  @Transactional(readOnly = true)
  public void forEachReportLine(long importId, Consumer<ImportReportLine> sink) {
    get(importId);
    try (Stream<ImportReportLine> lines = reportLines.streamByImportIdOrderByLineNumberAscIdAsc(importId)) {
      lines.forEach(sink);
    }
  }

  /** Takes over imports whose node stopped reporting: after a crash, a restart, or a node lost from the cluster. */
  @Scheduled(initialDelayString = "${recourse.intake.resume-initial-delay:PT10S}",
      fixedDelayString = "${recourse.intake.resume-every:PT1M}")
  public void resumeAbandoned() {
    var now = clock.instant();
    for (PortfolioImport abandoned : imports.findByStatusIn(EnumSet.of(ImportStatus.QUEUED, ImportStatus.RUNNING))) {
      if (abandoned.isAbandoned(now, settings.getStaleAfter()) && Files.exists(stagedFile(abandoned.getId()))) {
        LOG.info("Resuming portfolio import {} after {} of its records", abandoned.getId(), abandoned.getRecordsRead());
        executor.execute(() -> run(abandoned.getId()));
      }
    }
  }

  void run(long importId) {
    String run = UUID.randomUUID().toString();
    if (!claim(importId, run)) {
      return;
    }
    long linesRead = 1;
    try (Reader reader = new InputStreamReader(BOMInputStream.builder()
        .setInputStream(Files.newInputStream(stagedFile(importId))).get(), StandardCharsets.UTF_8);
        CSVParser parser = PortfolioCsv.FORMAT.parse(reader)) {
      List<String> headerProblems = PortfolioCsv.checkHeader(parser.getHeaderNames());
      if (!headerProblems.isEmpty()) {
        finish(importId, "The file was not read: " + String.join("; ", headerProblems));
        return;
      }
      long alreadyRead = transaction.execute(status -> get(importId).getRecordsRead());
      long index = 0;
      List<PortfolioCsv.Row> chunk = new ArrayList<>(settings.getChunkSize());
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
          chunk.add(PortfolioCsv.read(record, line));
          if (chunk.size() == settings.getChunkSize()) {
            place(importId, run, chunk);
            chunk.clear();
          }
        }
      } finally {
        // The rows read before the file broke off are good: they are placed before the failure is recorded.
        if (!chunk.isEmpty()) {
          place(importId, run, chunk);
        }
      }
      finish(importId, null);
    } catch (UncheckedIOException | IOException e) {
      String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      finish(importId, "The file could not be read after line " + linesRead + " (" + cause
          + "); the rows before it were placed");
    } catch (TakenOverException e) {
      LOG.info("Portfolio import {} is now worked by another run; this one stops", importId);
    } catch (RuntimeException e) {
      LOG.error("Portfolio import {} stopped", importId, e);
      finish(importId, "Stopped after line " + linesRead + ": " + e.getMessage());
    }
  }

  private boolean claim(long importId, String run) {
    try {
      return Boolean.TRUE.equals(transaction.execute(status -> {
        PortfolioImport state = get(importId);
        boolean free = state.getStatus() == ImportStatus.QUEUED
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
   * Places a chunk in one transaction. If another writer placed one of its accounts meanwhile, the unique key
   * refuses the chunk; its rows are then placed one by one and the raced one shows as a duplicate.
   */
  private void place(long importId, String run, List<PortfolioCsv.Row> chunk) {
    try {
      transaction.executeWithoutResult(status -> placeRows(importId, run, chunk));
    } catch (DataIntegrityViolationException raced) {
      for (PortfolioCsv.Row row : chunk) {
        transaction.executeWithoutResult(status -> placeRows(importId, run, List.of(row)));
      }
    }
  }

  private void placeRows(long importId, String run, List<PortfolioCsv.Row> rows) {
    PortfolioImport state = get(importId);
    if (!state.isOwnedBy(run)) {
      throw new TakenOverException();
    }
    List<ImportReportLine> report = new ArrayList<>();
    List<PortfolioCsv.Row> readable = new ArrayList<>(rows.size());
    long rejected = 0;
    for (PortfolioCsv.Row row : rows) {
      if (row.unreadable().isEmpty()) {
        readable.add(row);
        continue;
      }
      rejected++;
      Set<String> reported = new HashSet<>();
      for (FieldProblem problem : row.unreadable()) {
        reported.add(problem.field());
        report.add(rejection(state, row, problem));
      }
      for (FieldProblem problem : validator.validate(row.placement())) {
        FieldProblem inColumns = row.inColumns(problem);
        if (!reported.contains(inColumns.field())) {
          report.add(rejection(state, row, inColumns));
        }
      }
    }
    List<PlacementOutcome> outcomes =
        intake.placeAll(readable.stream().map(PortfolioCsv.Row::placement).toList(), state.getSubmittedBy());
    long placed = 0;
    long duplicates = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      PortfolioCsv.Row row = readable.get(i);
      PlacementOutcome outcome = outcomes.get(i);
      if (outcome instanceof PlacementOutcome.Placed) {
        placed++;
      } else if (outcome instanceof PlacementOutcome.Duplicate duplicate) {
        duplicates++;
        report.add(new ImportReportLine(state, row.lineNumber(), ImportReportLine.Kind.DUPLICATE,
            PortfolioCsv.Column.ACCOUNT_NUMBER.header(),
            "already placed as case " + duplicate.caseNumber() + "; nothing changed"));
      } else if (outcome instanceof PlacementOutcome.Rejected refused) {
        rejected++;
        refused.problems().forEach(problem -> report.add(rejection(state, row, row.inColumns(problem))));
      }
    }
    reportLines.saveAll(report);
    state.countChunk(rows.size(), placed, duplicates, rejected, clock.instant());
  }

  private static ImportReportLine rejection(PortfolioImport state, PortfolioCsv.Row row, FieldProblem problem) {
    return new ImportReportLine(state, row.lineNumber(), ImportReportLine.Kind.REJECTED, problem.field(),
        problem.message());
  }

  /** Completes the import, or fails it with the reason; the staged file is removed either way. */
  private void finish(long importId, String failure) {
    transaction.executeWithoutResult(status -> {
      PortfolioImport state = get(importId);
      if (failure == null) {
        state.complete(clock.instant());
      } else {
        state.fail(failure, clock.instant());
      }
    });
    try {
      Files.deleteIfExists(stagedFile(importId));
    } catch (IOException e) {
      LOG.warn("Could not remove the staged file of import {}", importId, e);
    }
  }

  private Path stagedFile(long importId) {
    return settings.getStagingDir().resolve(importId + ".csv");
  }

  /** Another run claimed the import after this one was presumed dead. */
  private static final class TakenOverException extends RuntimeException {
    TakenOverException() {
      super(null, null, false, false);
    }
  }
}
