package org.recourse.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Immutable;
import org.recourse.intake.PortfolioImport;

/** One line of an import's report: a problem of a rejected row, or a row that was already placed. */
@Entity
@Immutable
public class ImportReportLine {

  public enum Kind { REJECTED, DUPLICATE }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_report_line_seq")
  @SequenceGenerator(name = "import_report_line_seq", sequenceName = "import_report_line_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "import_id")
  private PortfolioImport portfolioImport;

  @Column(nullable = false)
  private long lineNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  private String field;

  @Column(nullable = false)
  private String message;

  protected ImportReportLine() {
  }

  public ImportReportLine(PortfolioImport portfolioImport, long lineNumber, Kind kind, String field, String message) {
    this.portfolioImport = portfolioImport;
    this.lineNumber = lineNumber;
    this.kind = kind;
    this.field = field;
    this.message = message.length() <= 500 ? message : message.substring(0, 499) + "…";
  }

  public long getLineNumber() {
    return lineNumber;
  }

  public Kind getKind() {
    return kind;
  }

  public String getField() {
    return field;
  }

  public String getMessage() {
    return message;
  }
}
