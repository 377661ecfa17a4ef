package org.recourse.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recourse.reporting.FigureTable.Rate;

/** A figure's table as CSV: its columns, then its rows, amounts as plain numbers and rates as fractions. */
public final class FigureCsv {

  private FigureCsv() {
  }

  public static String of(FigureTable figure) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
        figure.columns().toArray(String[]::new)).get())) {
      for (List<Object> row : figure.rows()) {
        csv.printRecord(row.stream().map(FigureCsv::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String cell(Object value) {
    if (value instanceof Rate rate) {
      return rate.fraction() == null ? "" : rate.fraction().toPlainString();
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    return value == null ? "" : value.toString();
  }
}
