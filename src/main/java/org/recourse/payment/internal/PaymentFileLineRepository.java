package org.recourse.payment.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.recourse.payment.internal.PaymentFileLine;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentFileLineRepository extends JpaRepository<PaymentFileLine, Long> {

  @Query("select l from PaymentFileLine l where l.paymentFileId = ?1 order by l.lineNumber, l.id")
  Page<PaymentFileLine> findByFile(long paymentFileId, Pageable page);

  @Query("select l from PaymentFileLine l where l.paymentFileId = ?1 order by l.lineNumber, l.id")
  Stream<PaymentFileLine> streamByFile(long paymentFileId);

  /** Which of these references earlier rows of the file found already posted. */
  default List<String> alreadyPostedIn(long paymentFileId, Collection<String> references) {
    return references.isEmpty() ? List.of()
        : referencesOfKind(paymentFileId, PaymentFileLine.Kind.ALREADY_POSTED, references);
  }

  @Query("""
      select distinct l.reference from PaymentFileLine l
      where l.paymentFileId = ?1 and l.kind = ?2 and l.reference in ?3""")
  List<String> referencesOfKind(long paymentFileId, PaymentFileLine.Kind kind, Collection<String> references);
}
