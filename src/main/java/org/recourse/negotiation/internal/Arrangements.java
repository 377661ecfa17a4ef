package org.recourse.negotiation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.NoSuchElementException;
import org.recourse.casework.CollectionCases;
import org.recourse.negotiation.internal.ArrangementRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's promises, plans and settlements as they stand. They are proposed by {@link ArrangementProposals}, decided
 * by {@link ArrangementApprovals} and watched by {@link ArrangementMonitoring}.
 */
@Service
public class Arrangements {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ArrangementRepository arrangements;
  private final CollectionCases cases;

  Arrangements(ArrangementRepository arrangements, CollectionCases cases) {
    this.arrangements = arrangements;
    this.cases = cases;
  }

  @Transactional(readOnly = true)
  public Arrangement get(long arrangementId) {
    return arrangements.findById(arrangementId)
        .orElseThrow(() -> new NoSuchElementException("no arrangement " + arrangementId));
  }

  @Transactional(readOnly = true)
  public List<Arrangement> ofCase(String caseNumber) {
    return arrangements.ofCase(cases.require(caseNumber).getId());
  }

  /** The discount a settlement gives, in percent of the balance it was proposed against. */
  public static BigDecimal discountPercent(BigDecimal amount, BigDecimal balance) {
    return BigDecimal.ONE.subtract(amount.divide(balance, 6, RoundingMode.HALF_UP))
        .multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
  }

  @Transactional(readOnly = true)
  public String caseNumber(Arrangement arrangement) {
    return cases.byId(arrangement.getCaseId()).getCaseNumber();
  }
}
