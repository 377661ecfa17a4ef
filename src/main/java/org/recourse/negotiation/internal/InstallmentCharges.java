package org.recourse.negotiation.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.Holds;
import org.recourse.payment.ProcessorPayments;
import org.recourse.platform.Actors;
import org.recourse.platform.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan's installments charged on their due dates to the card or bank account the debtor saved for the plan (on the
 * portal's payment page): each installment once, for what is still owed on it, never while a hold stops collection
 * or once its grace period is over (then it is judged missed as any other). A charge that succeeds is posted, and the
 * plan's monitoring looks at once as for any payment; a decline is in the case's history.
 *
 * <p>Once across nodes and restarts: each installment is charged in its own transaction holding its row, under the
 * key {@code INSTALLMENT-<id>}, so a node that finds the row charged does nothing, and a charge retried after a crash
 * is the same charge at the processor and the same payment in the ledger.
 */
@Service
public class InstallmentCharges {

  private static final Logger LOG = LoggerFactory.getLogger(InstallmentCharges.class);

  private final JdbcTemplate jdbc;
  private final EntityManager entities;
  private final Arrangements arrangements;
  private final ArrangementMonitoring monitoring;
  private final ProcessorPayments payments;
  private final CollectionCases cases;
  private final Holds holds;
  private final NegotiationSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  InstallmentCharges(JdbcTemplate jdbc, EntityManager entities, Arrangements arrangements,
      ArrangementMonitoring monitoring, ProcessorPayments payments, CollectionCases cases, Holds holds,
      NegotiationSettings settings, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.entities = entities;
    this.arrangements = arrangements;
    this.monitoring = monitoring;
    this.payments = payments;
    this.cases = cases;
    this.holds = holds;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${recourse.negotiation.charge-initial-delay:PT1M}",
      fixedDelayString = "${recourse.negotiation.charge-every:PT15M}")
  void onSchedule() {
    int charged = chargeDue();
    if (charged > 0) {
      LOG.info("{} installment(s) charged to saved payment methods", charged);
    }
  }

  /** Charges every installment due now to its plan's saved method; how many were charged (or tried). */
  public int chargeDue() {
    LocalDate today = LocalDate.now(clock);
    List<Long> due = jdbc.queryForList("""
        select i.id from installment i
          join arrangement a on a.id = i.arrangement_id
          join collection_case c on c.id = a.case_id
          join saved_payment_method m on m.case_number = c.case_number and m.processor = ?
         where a.kind = 'PLAN' and a.status = 'AGREED' and i.status = 'DUE' and i.charged_at is null
           and i.due_date <= ? and i.due_date >= ?
         order by i.due_date, i.id""", Long.class, payments.processorName(), today,
        today.minusDays(settings.getGraceDays()));
    int charged = 0;
    for (long installmentId : due) {
      try {
        if (Boolean.TRUE.equals(transaction.execute(status -> charge(installmentId)))) {
          charged++;
        }
      } catch (RuntimeException e) {
        // The processor unreachable, say: nothing was written, and the next round tries again with the same key.
        LOG.warn("Installment {} could not be charged now; tried again at the next round", installmentId, e);
      }
    }
    return charged;
  }

  /** One installment, its row held: whether it was charged (or tried) now. */
  private boolean charge(long installmentId) {
    Installment installment = entities.find(Installment.class, installmentId, LockModeType.PESSIMISTIC_WRITE);
    if (installment == null || installment.getChargedAt() != null
        || installment.getStatus() != InstallmentStatus.DUE) {
      return false;
    }
    Arrangement arrangement = installment.getArrangement();
    String caseNumber = arrangements.caseNumber(arrangement);
    if (!cases.require(caseNumber).getStatus().isOpen() || holds.pausesCollection(caseNumber)) {
      // Looked at again at the next round, while its grace period lasts.
      return false;
    }
    BigDecimal owed = monitoring.owedOn(arrangement, installment);
    String what = "Installment " + installment.getSeq() + " of " + Money.usd(installment.getAmount()) + " due "
        + installment.getDueDate();
    if (owed.signum() <= 0) {
      installment.charged(clock.instant(), "not charged: already paid");
      return false;
    }
    var outcome = payments.chargeSaved(caseNumber, "INSTALLMENT-" + installmentId, owed,
        what + ", charged to the saved method", Actors.SYSTEM);
    if (outcome.isEmpty()) {
      return false;
    }
    ProcessorPayments.Charged charge = outcome.get();
    String said = switch (charge.status()) {
      case SUCCEEDED -> Money.usd(owed) + " charged to the " + charge.method().shownAs() + ", reference "
          + charge.reference();
      case PROCESSING -> Money.usd(owed) + " debited from the " + charge.method().shownAs() + ", settling, reference "
          + charge.reference();
      case FAILED -> "the " + charge.method().shownAs() + " was declined"
          + (charge.failure() == null ? "" : ": " + charge.failure())
          + "; the installment is judged after its grace period as any other";
    };
    installment.charged(clock.instant(), said.length() > 300 ? said.substring(0, 300) : said);
    cases.record(caseNumber, CaseEventKind.INSTALLMENT_CHARGED, Actors.SYSTEM, what + ": " + said);
    return true;
  }
}
