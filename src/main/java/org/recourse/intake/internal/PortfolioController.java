package org.recourse.intake.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.recourse.intake.internal.ImportReportLine;
import org.recourse.intake.PortfolioImport;
import org.recourse.intake.PortfolioImports;
import org.recourse.platform.Actors;
import org.recourse.platform.CsvReports;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.FileRunStatus;
import org.recourse.platform.InputRejectedException;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/portfolios")
@Tag(name = "Intake")
public class PortfolioController {

  private final PortfolioImports imports;
  private final Actors actors;

  PortfolioController(PortfolioImports imports, Actors actors) {
    this.imports = imports;
    this.actors = actors;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Place a portfolio file (CSV, columns in the README)",
      description = "Answers 202 with the import at once; rows are placed in the background. Follow the Location for "
          + "progress and the row-numbered report of rejected and already placed rows.")
  ResponseEntity<ImportView> submit(@RequestPart("file") MultipartFile file) throws IOException {
    if (file.isEmpty()) {
      throw new InputRejectedException("The file was not accepted", List.of(new FieldProblem("file", "is empty")));
    }
    try (InputStream content = file.getInputStream()) {
      PortfolioImport submitted = imports.submit(file.getOriginalFilename(), content, actors.current());
      return ResponseEntity.accepted()
          .location(URI.create("/api/portfolios/" + submitted.getId()))
          .body(ImportView.of(imports.get(submitted.getId())));
    }
  }

  @GetMapping("/{importId}")
  @Operation(summary = "An import's progress: records read, placed, already placed and rejected")
  ImportView get(@PathVariable long importId) {
    return ImportView.of(imports.get(importId));
  }

  @GetMapping(value = "/{importId}/report", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The row-numbered report: every problem of a rejected row, and every row already placed")
  Page<ReportLineView> report(@PathVariable long importId, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    return imports.report(importId, CsvReports.page(page, size))
        .map(ReportLineView::of);
  }

  @GetMapping(value = "/{importId}/report", produces = "text/csv")
  @Operation(summary = "The whole report as CSV: line, kind, column, message")
  void reportCsv(@PathVariable long importId, HttpServletResponse response) throws IOException {
    imports.get(importId);
    CsvReports.download(response, "import-" + importId + "-report.csv",
        new String[] {"line", "kind", "column", "message"},
        csv -> imports.forEachReportLine(importId,
            line -> csv.print(line.getLineNumber(), line.getKind(), line.getField(), line.getMessage())));
  }

  record ImportView(long id, String fileName, FileRunStatus status, long recordsRead, long placed, long alreadyPlaced,
      long rejected, String failure, String submittedBy, Instant submittedAt, Instant startedAt, Instant finishedAt,
      String report) {

    static ImportView of(PortfolioImport i) {
      return new ImportView(i.getId(), i.getFileName(), i.getStatus(), i.getRowsRead(), i.getRowsDone(),
          i.getRowsAlreadyDone(), i.getRowsRejected(), i.getFailure(), i.getSubmittedBy(), i.getSubmittedAt(),
          i.getStartedAt(), i.getFinishedAt(), "/api/portfolios/" + i.getId() + "/report");
    }
  }

  record ReportLineView(long line, ImportReportLine.Kind kind, String column, String message) {
    static ReportLineView of(ImportReportLine l) {
      return new ReportLineView(l.getLineNumber(), l.getKind(), l.getField(), l.getMessage());
    }
  }
}
