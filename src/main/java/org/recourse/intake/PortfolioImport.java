package org.recourse.intake;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.recourse.platform.FileRun;

/** A portfolio file being placed: its rows done are accounts placed, those already done duplicates of placed ones. */
@Entity
@AttributeOverride(name = "rowsRead", column = @Column(name = "records_read"))
@AttributeOverride(name = "rowsDone", column = @Column(name = "records_placed"))
@AttributeOverride(name = "rowsAlreadyDone", column = @Column(name = "records_duplicate"))
@AttributeOverride(name = "rowsRejected", column = @Column(name = "records_rejected"))
public class PortfolioImport extends FileRun {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portfolio_import_seq")
  @SequenceGenerator(name = "portfolio_import_seq", sequenceName = "portfolio_import_seq", allocationSize = 50)
  private Long id;

  protected PortfolioImport() {
  }

  PortfolioImport(String fileName, String submittedBy, Instant submittedAt) {
    super(fileName, submittedBy, submittedAt);
  }

  @Override
  public Long getId() {
    return id;
  }
}
