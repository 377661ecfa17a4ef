package org.recourse.portal.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.recourse.account.AccountRegistry;
import org.recourse.account.Language;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRefusedException;
import org.recourse.compliance.ContactRestriction;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.compliance.RestrictionKind;
import org.recourse.negotiation.ArrangementKind;
import org.recourse.negotiation.Frequency;
import org.recourse.negotiation.IncomeAndExpenditure;
import org.recourse.negotiation.Negotiations;
import org.recourse.payment.PaymentProcessor;
import org.recourse.payment.ProcessorPayments;
import org.recourse.platform.Actors;
import org.recourse.platform.ConflictException;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.Reason;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a debtor asks for on the portal, each through the service a collector's form or the API uses, as the debtor
 * ({@link Actors#DEBTOR}), in one transaction: what any rule refuses is refused whole, and nothing is written. A
 * refusal comes back as a {@link Refused} with the service's reason, for the page to show by the field.
 */
@Service
class PortalRequests {

  /** Why the dispute: the choices of the validation notice's tear-off form. */
  enum DisputeReason { NOT_MINE, WRONG_AMOUNT, OTHER }

  /**
   * A service refused the request: its English wording, the field it concerns when it names one, and its reason's
   * code for the page to word in the debtor's language when it has words for it.
   */
  static final class Refused extends RuntimeException {

    private final String field;
    private final transient Reason reason;

    Refused(String field, String message, Reason reason) {
      super(message);
      this.field = field;
      this.reason = reason;
    }

    String field() {
      return field;
    }

    Optional<Reason> reason() {
      return Optional.ofNullable(reason);
    }
  }

  /** A debtor's contact choices: stop all contact, the channels they allow, a time to avoid, their language. */
  record ContactChoices(boolean stopAll, boolean calls, boolean texts, boolean email, LocalTime avoidFrom,
      LocalTime avoidTo, Language language) {
  }

  private final Holds holds;
  private final ContactGuard guard;
  private final Negotiations negotiations;
  private final ProcessorPayments payments;
  private final AccountRegistry accounts;
  private final CollectionCases cases;
  private final TransactionTemplate transaction;
  private final Clock clock;

  PortalRequests(Holds holds, ContactGuard guard, Negotiations negotiations, ProcessorPayments payments,
      AccountRegistry accounts, CollectionCases cases, PlatformTransactionManager transactions, Clock clock) {
    this.holds = holds;
    this.guard = guard;
    this.negotiations = negotiations;
    this.payments = payments;
    this.accounts = accounts;
    this.cases = cases;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** A dispute, or a request for the original creditor: the dispute hold starts as for a letter. */
  void dispute(String caseNumber, DisputeReason reason, DisputeRequest request, String details, String from) {
    String why = switch (reason) {
      case NOT_MINE -> "This is not my debt";
      case WRONG_AMOUNT -> "The amount is wrong";
      case OTHER -> "Other";
    };
    run(() -> holds.place(caseNumber, new Holds.NewHold(HoldKind.DISPUTE, LocalDate.now(clock), request,
        why + (details == null ? "" : ": " + details), "Submitted by the debtor on the portal from " + from + " at "
        + clock.instant()), Actors.DEBTOR));
  }

  /** The debtor's contact choices, all or none: each channel refused or allowed again, a time, a language. */
  void chooseContact(String caseNumber, ContactChoices choices) {
    run(() -> {
      String evidence = "The debtor's choice on the portal, " + clock.instant();
      List<ContactRestriction> active = guard.restrictions(caseNumber).stream().filter(ContactRestriction::isActive)
          .toList();
      if (choices.stopAll()) {
        if (active.stream().noneMatch(r -> r.getKind() == RestrictionKind.CEASE)) {
          guard.restrict(caseNumber, RestrictionKind.CEASE, null, null, "asked on the portal to stop all contact",
              evidence, Actors.DEBTOR);
        }
        return null;
      }
      channel(caseNumber, active, ContactChannel.CALL, choices.calls(), evidence);
      channel(caseNumber, active, ContactChannel.TEXT, choices.texts(), evidence);
      channel(caseNumber, active, ContactChannel.EMAIL, choices.email(), evidence);
      if (choices.avoidFrom() != null || choices.avoidTo() != null) {
        guard.restrict(caseNumber, RestrictionKind.INCONVENIENT_TIME, choices.avoidFrom(), choices.avoidTo(),
            "chosen on the portal", evidence, Actors.DEBTOR);
      }
      long accountId = cases.require(caseNumber).getAccountId();
      if (choices.language() != null && accounts.summary(accountId).language() != choices.language()) {
        accounts.choosePreferredLanguage(accountId, choices.language());
        cases.record(caseNumber, CaseEventKind.CONTACT_DATA_CHANGED, Actors.DEBTOR, "Letters and e-mails in "
            + (choices.language() == Language.ES ? "Spanish" : "English") + " from now on, as chosen on the portal");
      }
      return null;
    });
  }

  private void channel(String caseNumber, List<ContactRestriction> active, ContactChannel channel, boolean allowed,
      String evidence) {
    RestrictionKind kind = RestrictionKind.refusing(channel).orElseThrow();
    List<ContactRestriction> refusing = active.stream().filter(r -> r.getKind() == kind).toList();
    if (!allowed && refusing.isEmpty()) {
      guard.restrict(caseNumber, kind, null, null, "chosen on the portal", evidence, Actors.DEBTOR);
    } else if (allowed) {
      refusing.forEach(r -> guard.lift(caseNumber, r.getId(), "allowed again by the debtor on the portal",
          Actors.DEBTOR));
    }
  }

  /** A promise to pay so much by a date. */
  void promise(String caseNumber, BigDecimal amount, LocalDate by) {
    run(() -> negotiations.propose(caseNumber, new Negotiations.Proposal(ArrangementKind.PROMISE, amount, by, null,
        null, null, null, null, null, null, "Promised by the debtor on the portal"), Actors.DEBTOR, false));
  }

  /** The schedule a plan would have, checked as a proposal is (and against the budget); nothing is written. */
  List<org.recourse.negotiation.ScheduledInstallment> previewPlan(String caseNumber, IncomeAndExpenditure budget,
      int installments, Frequency frequency, LocalDate first) {
    return call(() -> {
      var schedule = negotiations.preview(caseNumber, plan(budget, installments, frequency, first));
      negotiations.requireAffordable(budget, frequency, schedule);
      return schedule;
    });
  }

  /**
   * A plan the debtor proposes with their income and expenditure and agrees to as they saw it: proposed through the
   * case's Work the account task, and the schedule confirmed at once, as the collector would confirm it with them.
   */
  void agreePlan(String caseNumber, IncomeAndExpenditure budget, int installments, Frequency frequency,
      LocalDate first) {
    run(() -> {
      var line = negotiations.propose(caseNumber, plan(budget, installments, frequency, first), Actors.DEBTOR, false);
      negotiations.answer(caseNumber, line.id(), true, "Agreed by the debtor on the portal");
      return null;
    });
  }

  private static Negotiations.Proposal plan(IncomeAndExpenditure budget, int installments, Frequency frequency,
      LocalDate first) {
    return new Negotiations.Proposal(ArrangementKind.PLAN, null, null, installments, frequency, first, null, null,
        null, budget, "Proposed by the debtor on the portal");
  }

  /** A settlement request: within the collector's authority it is offered in writing; beyond it, a manager decides. */
  void requestSettlement(String caseNumber, BigDecimal amount, LocalDate first, int payments) {
    run(() -> negotiations.propose(caseNumber, new Negotiations.Proposal(ArrangementKind.SETTLEMENT, amount, null,
        null, null, first, null, payments, null, null, "Requested by the debtor on the portal"), Actors.DEBTOR, false));
  }

  /** The debtor's answer to the written offer (or the plan) the negotiation waits for. */
  void answer(String caseNumber, long arrangementId, boolean accepted) {
    run(() -> {
      negotiations.answer(caseNumber, arrangementId, accepted, (accepted ? "Accepted" : "Declined")
          + " by the debtor on the portal");
      return null;
    });
  }

  /** A payment now, through the processor; posted once by its reference. */
  ProcessorPayments.Outcome pay(String caseNumber, BigDecimal amount, Currency currency,
      PaymentProcessor.Method method, String token, String key, boolean save, String from, String userAgent) {
    try {
      return payments.pay(new PaymentProcessor.ChargeRequest(caseNumber, key, amount, currency, method, token, save,
          from, userAgent), (method == PaymentProcessor.Method.CARD ? "Card" : "Bank account (ACH)")
          + " payment on the portal", Actors.DEBTOR);
    } catch (InputRejectedException refused) {
      throw refusal(refused);
    }
  }

  private void run(Supplier<?> request) {
    call(request);
  }

  private <T> T call(Supplier<T> request) {
    try {
      return transaction.execute(status -> request.get());
    } catch (InputRejectedException refused) {
      throw refusal(refused);
    } catch (ConflictException refused) {
      throw new Refused(refused.field(), refused.getMessage(), refused.reason().orElse(null));
    } catch (ContactRefusedException refused) {
      throw new Refused(null, refused.getMessage(), Reason.of("contact.refused", refused.decision().rule()));
    } catch (TaskRefusal refused) {
      throw new Refused(null, refused.getMessage(), null);
    }
  }

  /** A service's refusal by field: its first problem, or its message when it names none. */
  private static Refused refusal(InputRejectedException refused) {
    var problem = refused.problems().isEmpty() ? null : refused.problems().get(0);
    return new Refused(problem == null ? null : problem.field(),
        problem == null ? refused.getMessage() : problem.message(), refused.reason().orElse(null));
  }
}
