package org.recourse.workspace.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recourse.complaint.Complaints;
import org.recourse.platform.Actors;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.recourse.reporting.CollectorTargets;
import org.recourse.reporting.FigureCells;
import org.recourse.reporting.FigureCsv;
import org.recourse.reporting.FigureTable;
import org.recourse.reporting.MonthlyReport;
import org.recourse.reporting.RecoveryFigures;
import org.recourse.reporting.ReportScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The managers' dashboard (the security allows it to managers and admins only): every figure with its definition,
 * chart and table, each table as CSV, the month's report as PDF, and the collectors' targets.
 */
@Controller
@RequestMapping("/workspace/dashboard")
class DashboardPages {

  private final RecoveryFigures figures;
  private final MonthlyReport report;
  private final CollectorTargets targets;
  private final Actors actors;
  private final Complaints complaints;
  private final ObjectMapper json;

  DashboardPages(RecoveryFigures figures, MonthlyReport report, CollectorTargets targets, Actors actors,
      Complaints complaints, ObjectMapper json) {
    this.figures = figures;
    this.report = report;
    this.targets = targets;
    this.actors = actors;
    this.complaints = complaints;
    this.json = json;
  }

  @GetMapping
  String dashboard(@RequestParam(required = false) String creditor, @RequestParam(required = false) String month,
      Model model) throws JsonProcessingException {
    ReportScope scope = scope(creditor, month);
    List<Map<String, Object>> shown = new ArrayList<>();
    for (FigureTable figure : figures.all(scope)) {
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("figure", figure);
      part.put("numeric", FigureCells.numeric(figure));
      part.put("rows", figure.rows().stream().map(row -> row.stream().map(FigureCells::text).toList()).toList());
      part.put("chart", json.writeValueAsString(figure.chart()));
      shown.add(part);
    }
    model.addAttribute("scope", scope);
    model.addAttribute("creditors", figures.creditors());
    model.addAttribute("figures", shown);
    model.addAttribute("openComplaints", complaints.open());
    model.addAttribute("query", query(scope));
    return "dashboard";
  }

  @GetMapping("/{id}.csv")
  ResponseEntity<String> csv(@PathVariable String id, @RequestParam(required = false) String creditor,
      @RequestParam(required = false) String month) {
    ReportScope scope = scope(creditor, month);
    FigureTable figure;
    try {
      figure = figures.figure(id, scope);
    } catch (IllegalArgumentException unknown) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.getMessage());
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(id + "-" + scope.month() + (scope.creditor() == null ? "" : "-" + scope.creditor()) + ".csv")
            .build().toString())
        .body(FigureCsv.of(figure));
  }

  @GetMapping("/report.pdf")
  ResponseEntity<byte[]> report(@RequestParam(required = false) String creditor,
      @RequestParam(required = false) String month) {
    ReportScope scope = scope(creditor, month);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("recourse-report-" + scope.month() + (scope.creditor() == null ? "" : "-" + scope.creditor())
                + ".pdf").build().toString())
        .body(report.pdf(scope));
  }

  @PostMapping("/targets")
  String target(@RequestParam Map<String, String> form, RedirectAttributes page) {
    String month = form.getOrDefault("month", "");
    String back = "redirect:/workspace/dashboard";
    try {
      YearMonth parsed = month(month);
      back = "redirect:/workspace/dashboard?month=" + parsed;
      targets.set(form.get("collector"), parsed, amount(form.get("amount")), actors.current());
      page.addFlashAttribute("done", "Target of " + form.get("collector") + " for " + parsed + " set to $"
          + form.get("amount").strip());
    } catch (InputRejectedException refused) {
      page.addFlashAttribute("refused", refused.getMessage());
      page.addFlashAttribute("problems", refused.problems());
      page.addFlashAttribute("typed", form);
    }
    return back + "#collectors";
  }

  private ReportScope scope(String creditor, String month) {
    try {
      return figures.scope(creditor, month == null || month.isBlank() ? null : YearMonth.parse(month.strip()));
    } catch (DateTimeParseException notAMonth) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month: " + month + " is not a month (YYYY-MM)");
    }
  }

  private static String query(ReportScope scope) {
    return "month=" + scope.month() + (scope.creditor() == null ? "" : "&creditor=" + scope.creditor());
  }

  private static YearMonth month(String month) {
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException notAMonth) {
      throw new InputRejectedException("The target cannot be set",
          List.of(new FieldProblem("month", month + " is not a month (YYYY-MM)")));
    }
  }

  private static BigDecimal amount(String amount) {
    try {
      return new BigDecimal(amount.strip().replace(",", ""));
    } catch (RuntimeException notAnAmount) {
      throw new InputRejectedException("The target cannot be set",
          List.of(new FieldProblem("amount", "\"" + amount + "\" is not an amount of dollars")));
    }
  }
}
