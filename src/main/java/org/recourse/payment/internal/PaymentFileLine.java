package org.recourse.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.Immutable;

/** One line of a payment file's report: a problem of a rejected row, or a row that was already posted. */
@Entity
@Immutable
public class PaymentFileLine {

  public enum Kind { REJECTED, ALREADY_POSTED }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_file_line_seq")
  @SequenceGenerator(name = "payment_file_line_seq", sequenceName = "payment_file_line_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private long paymentFileId;

  @Column(nullable = false)
  private long lineNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  private String field;

  private String reference;

  @Column(nullable = false)
  private String message;

  protected PaymentFileLine() {
  }

  public PaymentFileLine(long paymentFileId, long lineNumber, Kind kind, String field, String reference,
      String message) {
    this.paymentFileId = paymentFileId;
    this.lineNumber = lineNumber;
    this.kind = kind;
    this.field = field;
    this.reference = reference == null || reference.length() <= 100 ? reference : reference.substring(0, 100);
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

  public String getReference() {
    return reference;
  }

  public String getMessage() {
    return message;
  }
}
