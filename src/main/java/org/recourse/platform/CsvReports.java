package org.recourse.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.PageRequest;

/** The row-numbered report of a file taken in, as pages of JSON or one CSV download written as it is read. */
public final class CsvReports {

  /** The most lines a page of a report holds. */
  public static final int MAX_PAGE = 1000;

  private CsvReports() {
  }

  /** A page of a report, as asked for: from page 0, between 1 and {@link #MAX_PAGE} lines. */
  public static PageRequest page(int page, int size) {
    return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE));
  }

  /** What {@link #download} is given to print with: one call per line of the report. */
  public interface Lines {
    void print(Object... cells);
  }

  /**
   * Writes a report as a CSV attachment, line by line as {@code lines} hands them over, so that a report of
   * 100,000 lines is never held whole.
   */
  public static void download(HttpServletResponse response, String fileName, String[] header, Consumer<Lines> lines)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try (PrintWriter writer = response.getWriter();
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer)) {
      lines.accept(cells -> {
        try {
          csv.printRecord(cells);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
