package org.recourse.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document's bytes, written once. */
@Entity
@Immutable
class DocumentContent {

  @Id
  private Long documentId;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(nullable = false)
  private byte[] content;

  protected DocumentContent() {
  }

  DocumentContent(long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  byte[] getContent() {
    return content;
  }
}
