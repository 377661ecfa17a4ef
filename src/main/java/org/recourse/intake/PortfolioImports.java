package org.recourse.intake;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.recourse.intake.internal.ImportReportLine;
import org.recourse.intake.internal.ImportReportLineRepository;
import org.recourse.intake.internal.IntakeSettings;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.intake.internal.PlacementValidator;
import org.recourse.intake.internal.PortfolioCsv;
import org.recourse.intake.internal.PortfolioImportRepository;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.FileRunStatus;
import org.recourse.platform.FileRuns;
import org.recourse.platform.FilesAtWork;
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
 * Places portfolio files, worked through as every file Recourse takes in is ({@link FileRuns}): staged, read as a
 * stream, a chunk of rows per transaction in which the rows placed, the report lines and the import's counters
 * commit together, and resumed by another node if this one stops.
 */
@Service
public class PortfolioImports implements FileRuns.Work<PortfolioImport, PortfolioCsv.Row> {

  private final PortfolioImportRepository imports;
  private final ImportReportLineRepository reportLines;
  private final AccountIntake intake;
  private final PlacementValidator validator;
  private final FileRuns<PortfolioImport, PortfolioCsv.Row> runs;
  private final Clock clock;

  PortfolioImports(PortfolioImportRepository imports, ImportReportLineRepository reportLines, AccountIntake intake,
      PlacementValidator validator, IntakeSettings settings, PlatformTransactionManager transactions,
      @Qualifier("importExecutor") TaskExecutor executor, FilesAtWork atWork, Node node, Clock clock,
      EntityManager entityManager) {
    this.imports = imports;
    this.reportLines = reportLines;
    this.intake = intake;
    this.validator = validator;
    this.clock = clock;
    this.runs = new FileRuns<>("portfolio import", "placed", settings, this::get, imports::save, this,
        new TransactionTemplate(transactions), executor, atWork, node, clock, entityManager);
  }

  /** Stages the file and queues it; placing starts at once in the background. */
  public PortfolioImport submit(String fileName, InputStream content, String actor) throws IOException {
    String name = fileName == null || fileName.isBlank() ? "portfolio.csv" : Path.of(fileName).getFileName().toString();
    return runs.submit(new PortfolioImport(name, actor, clock.instant()), runs.upload(content));
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
  @Scheduled(initialDelayString = "${recourse.intake.resume-initial-delay:PT2S}",
      fixedDelayString = "${recourse.intake.resume-every:PT5S}")
  public void resumeAbandoned() {
    runs.resumeAbandoned(imports.findByStatusIn(EnumSet.of(FileRunStatus.QUEUED, FileRunStatus.RUNNING)));
  }

  void run(long importId) {
    runs.run(importId);
  }

  @Override
  public List<String> headerProblems(List<String> header) {
    return PortfolioCsv.checkHeader(header);
  }

  @Override
  public PortfolioCsv.Row read(CSVRecord record, long lineNumber) {
    return PortfolioCsv.read(record, lineNumber);
  }

  /**
   * Places a chunk: rows that cannot be read are reported with every problem, the rest placed together; duplicates
   * and refusals are reported by line.
   */
  @Override
  public FileRuns.Counts work(PortfolioImport state, List<PortfolioCsv.Row> rows) {
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
    return new FileRuns.Counts(placed, duplicates, rejected);
  }

  private static ImportReportLine rejection(PortfolioImport state, PortfolioCsv.Row row, FieldProblem problem) {
    return new ImportReportLine(state, row.lineNumber(), ImportReportLine.Kind.REJECTED, problem.field(),
        problem.message());
  }
}
