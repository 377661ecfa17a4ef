package org.recourse.negotiation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recourse.negotiation.internal.Arrangement;
import org.recourse.negotiation.internal.Arrangements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's promises, plans and settlements, and their schedules, as a person reads them on the case's page. */
@Service
public class CaseArrangements {

  private final Arrangements arrangements;

  CaseArrangements(Arrangements arrangements) {
    this.arrangements = arrangements;
  }

  /** One arrangement as it stands: kind and status by name (PROMISE, PLAN, SETTLEMENT; AGREED, DEFAULTED...). */
  public record Line(long id, String kind, String status, BigDecimal amount, BigDecimal balanceAtProposal,
      String frequency, String proposedBy, Instant proposedAt, String decidedBy, LocalDate offerExpiresOn,
      List<Installment> schedule) {
  }

  /** One installment: its number, due date, amount and status (DUE, PAID, SHORT, MISSED, CURED). */
  public record Installment(int seq, LocalDate dueDate, BigDecimal amount, String status) {
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<Line> of(String caseNumber) {
    return arrangements.ofCase(caseNumber).stream().map(CaseArrangements::line).toList();
  }

  private static Line line(Arrangement a) {
    return new Line(a.getId(), a.getKind().name(), a.getStatus().name(), a.getTotalAmount(), a.getBalanceAtProposal(),
        a.getFrequency() == null ? null : a.getFrequency().name(), a.getProposedBy(), a.getProposedAt(),
        a.getDecidedBy(), a.getExpiresOn(), a.getInstallments().stream()
            .map(i -> new Installment(i.getSeq(), i.getDueDate(), i.getAmount(), i.getStatus().name())).toList());
  }
}
