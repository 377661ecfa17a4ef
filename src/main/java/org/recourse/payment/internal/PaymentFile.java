package org.recourse.payment.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.recourse.platform.FileRun;

/** A payment file being posted: its rows done are payments posted, those already done payments posted before. */
@Entity
@AttributeOverride(name = "rowsRead", column = @Column(name = "rows_read"))
@AttributeOverride(name = "rowsDone", column = @Column(name = "rows_posted"))
@AttributeOverride(name = "rowsAlreadyDone", column = @Column(name = "rows_already_posted"))
@AttributeOverride(name = "rowsRejected", column = @Column(name = "rows_rejected"))
public class PaymentFile extends FileRun {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_file_seq")
  @SequenceGenerator(name = "payment_file_seq", sequenceName = "payment_file_seq", allocationSize = 50)
  private Long id;

  protected PaymentFile() {
  }

  public PaymentFile(String fileName, String submittedBy, Instant submittedAt) {
    super(fileName, submittedBy, submittedAt);
  }

  @Override
  public Long getId() {
    return id;
  }
}
