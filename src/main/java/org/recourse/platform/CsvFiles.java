package org.recourse.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;

/**
 * How Recourse reads the CSV files it takes in (portfolios, payment files): UTF-8 with or without a byte-order mark,
 * a header row naming the columns in any order and any case, cells trimmed; dates as {@code yyyy-mm-dd} or
 * {@code mm/dd/yyyy}; amounts as {@code 1234.56}, {@code 1,234.56} or {@code $1,234.56}.
 */
public final class CsvFiles {

  public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setIgnoreHeaderCase(true)
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      // A repeated column is reported by the header check, by name, rather than thrown by the parser.
      .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
      .get();

  /** mm/dd/yyyy as spreadsheets write it (3/5/2025 too), strictly: 02/30/2025 is refused, never moved. */
  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
  /**
   * 1234.56, 1,234.56 or $1,234.56; a minus sign before or after the dollar sign is read, to be refused as such by
   * whoever needs the amount positive. Commas stand between groups of three.
   */
  private static final Pattern AMOUNT =
      Pattern.compile("(\\$\\s*-|-\\s*\\$|\\$|-)?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  private CsvFiles() {
  }

  public static Reader open(Path file) throws IOException {
    return new InputStreamReader(BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(),
        StandardCharsets.UTF_8);
  }

  /** What a header lacks or has too much of: columns named twice (as written), required ones missing, unknown ones. */
  public record HeaderCheck(List<String> repeated, List<String> missing, List<String> unknown) {

    public boolean isFine() {
      return repeated.isEmpty() && missing.isEmpty() && unknown.isEmpty();
    }
  }

  /** Checks a header against a file's columns (lower case) and those of them it must have. */
  public static HeaderCheck checkHeader(List<String> header, Collection<String> columns, Collection<String> required) {
    Set<String> seen = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String name : header) {
      String normalized = name.trim().toLowerCase(Locale.ROOT);
      if (!seen.add(normalized)) {
        repeated.add(name.trim());
      }
      if (!columns.contains(normalized)) {
        unknown.add(name.trim());
      }
    }
    List<String> missing = required.stream().filter(column -> !seen.contains(column)).toList();
    return new HeaderCheck(repeated, missing, unknown);
  }

  /** Reads a row's typed cells by column, noting each one that cannot be taken (the column, and why). */
  public static final class Cells {

    private final CSVRecord record;
    private final List<FieldProblem> problems = new ArrayList<>();

    public Cells(CSVRecord record) {
      this.record = record;
    }

    public List<FieldProblem> problems() {
      return problems;
    }

    public void problem(String column, String message) {
      problems.add(new FieldProblem(column, message));
    }

    /** The cell, trimmed; null when the column is absent or the cell empty. */
    public String text(String column) {
      if (!record.isMapped(column) || !record.isSet(column)) {
        return null;
      }
      String value = record.get(column);
      return value == null || value.isBlank() ? null : value.trim();
    }

    public String required(String column) {
      String value = text(column);
      if (value == null) {
        problem(column, "is required");
      }
      return value;
    }

    public LocalDate date(String column) {
      return date(column, text(column));
    }

    public LocalDate requiredDate(String column) {
      return date(column, required(column));
    }

    private LocalDate date(String column, String value) {
      if (value == null) {
        return null;
      }
      try {
        return value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problem(column, "'" + value + "' is not a date (yyyy-mm-dd or mm/dd/yyyy)");
        return null;
      }
    }

    /** An amount as written, its sign kept (for the caller to judge); null when empty or not an amount. */
    public BigDecimal amount(String column, String example) {
      return amount(column, text(column), example);
    }

    public BigDecimal requiredAmount(String column, String example) {
      return amount(column, required(column), example);
    }

    private BigDecimal amount(String column, String value, String example) {
      if (value == null) {
        return null;
      }
      if (!AMOUNT.matcher(value).matches()) {
        problem(column, "'" + value + "' is not an amount (" + example + ")");
        return null;
      }
      return new BigDecimal(value.replace("$", "").replace(",", "").replaceAll("\\s", ""));
    }

    public <E extends Enum<E>> E choice(String column, Class<E> type) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
      } catch (IllegalArgumentException e) {
        problem(column, "'" + value + "' is not one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
      }
    }

    public Boolean flag(String column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      switch (value.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "y", "1":
          return true;
        case "false", "no", "n", "0":
          return false;
        default:
          problem(column, "'" + value + "' is not yes or no");
          return null;
      }
    }
  }
}
