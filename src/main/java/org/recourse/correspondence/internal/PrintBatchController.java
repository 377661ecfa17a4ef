package org.recourse.correspondence.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.recourse.correspondence.Letters;
import org.recourse.correspondence.PrintBatch;
import org.recourse.correspondence.PrintBatches;
import org.recourse.platform.Actors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/print-batches")
@PreAuthorize("hasAnyRole('managers', 'admin')")
@Tag(name = "Print batches", description = "Letters for the post: one merged PDF and a manifest per batch")
public class PrintBatchController {

  private final PrintBatches batches;
  private final Actors actors;

  PrintBatchController(PrintBatches batches, Actors actors) {
    this.batches = batches;
    this.actors = actors;
  }

  @GetMapping
  @Operation(summary = "Print batches, newest first")
  List<PrintBatch> list() {
    return batches.list();
  }

  @PostMapping
  @Operation(summary = "Cuts a batch now of every letter waiting for the post (204 when none is waiting)")
  ResponseEntity<PrintBatch> cut() {
    return batches.cut(actors.current())
        .map(batch -> ResponseEntity.status(201).body(batch))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @GetMapping("/{id}")
  PrintBatch get(@PathVariable long id) {
    return batches.get(id);
  }

  @GetMapping("/{id}/letters.pdf")
  @Operation(summary = "The batch's letters as one PDF, in manifest order")
  void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
    batches.get(id);
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"print-batch-" + id + ".pdf\"");
    batches.writePdf(id, response.getOutputStream());
  }

  @GetMapping("/{id}/manifest.csv")
  @Operation(summary = "One row per letter: sequence, first page, pages, case, letter, name and address as printed")
  void manifest(@PathVariable long id, HttpServletResponse response) throws IOException {
    batches.get(id);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"print-batch-" + id + ".csv\"");
    // The manifest writer closes the stream when the last row is written.
    batches.writeManifest(id, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
  }

  @PostMapping("/{id}/confirmation")
  @Operation(summary = "The mail house posted the batch: its letters count as sent")
  PrintBatch confirm(@PathVariable long id, @RequestBody(required = false) Confirmation confirmation) {
    return batches.confirm(id, confirmation == null ? null : confirmation.mailedOn(), actors.current());
  }

  record Confirmation(LocalDate mailedOn) {
  }
}
