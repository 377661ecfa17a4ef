package org.recourse.payment.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.recourse.payment.internal.PaymentFile;
import org.recourse.payment.internal.PaymentFileLine;
import org.recourse.payment.PaymentFiles;
import org.recourse.payment.Payments;
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
@RequestMapping("/api/payment-files")
@Tag(name = "Payments")
public class PaymentFileController {

  private final PaymentFiles files;
  private final Actors actors;

  PaymentFileController(PaymentFiles files, Actors actors) {
    this.files = files;
    this.actors = actors;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Post a payment file (CSV: case_number, reference, amount, received_on, description)",
      description = "Answers 202 with the file at once; payments are posted in the background, each once by its "
          + "reference, exactly as over the API. A header without a required column is refused whole (400 naming "
          + "it). Follow the Location for progress and the row-numbered report.")
  ResponseEntity<FileView> submit(@RequestPart("file") MultipartFile file) throws IOException {
    if (file.isEmpty()) {
      throw new InputRejectedException("The payment file was not accepted", List.of(new FieldProblem("file", "is empty")));
    }
    try (InputStream content = file.getInputStream()) {
      PaymentFile submitted = files.submit(file.getOriginalFilename(), content, actors.current());
      return ResponseEntity.accepted()
          .location(URI.create("/api/payment-files/" + submitted.getId()))
          .body(FileView.of(files.get(submitted.getId())));
    }
  }

  @GetMapping("/{fileId}")
  @Operation(summary = "A payment file's progress: rows read, posted, already posted and rejected")
  FileView get(@PathVariable long fileId) {
    return FileView.of(files.get(fileId));
  }

  @GetMapping(value = "/{fileId}/report", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The row-numbered report: every problem of a rejected row, and every row already posted")
  Page<ReportLineView> report(@PathVariable long fileId, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    return files.report(fileId, CsvReports.page(page, size))
        .map(ReportLineView::of);
  }

  @GetMapping(value = "/{fileId}/report", produces = "text/csv")
  @Operation(summary = "The whole report as CSV: line, kind, column, reference, message")
  void reportCsv(@PathVariable long fileId, HttpServletResponse response) throws IOException {
    files.get(fileId);
    CsvReports.download(response, "payment-file-" + fileId + "-report.csv",
        new String[] {"line", "kind", "column", "reference", "message"},
        csv -> files.forEachReportLine(fileId, line -> csv.print(line.getLineNumber(), line.getKind(), line.getField(),
            line.getReference(), line.getMessage())));
  }

  record FileView(long id, String fileName, FileRunStatus status, long rowsRead, long posted, long alreadyPosted,
      long rejected, String failure, String submittedBy, Instant submittedAt, Instant startedAt, Instant finishedAt,
      String report) {

    static FileView of(PaymentFile f) {
      return new FileView(f.getId(), f.getFileName(), f.getStatus(), f.getRowsRead(), f.getRowsDone(),
          f.getRowsAlreadyDone(), f.getRowsRejected(), f.getFailure(), f.getSubmittedBy(), f.getSubmittedAt(),
          f.getStartedAt(), f.getFinishedAt(), "/api/payment-files/" + f.getId() + "/report");
    }
  }

  record ReportLineView(long line, PaymentFileLine.Kind kind, String column, String reference, String message) {
    static ReportLineView of(PaymentFileLine l) {
      return new ReportLineView(l.getLineNumber(), l.getKind(), l.getField(), l.getReference(), l.getMessage());
    }
  }
}
