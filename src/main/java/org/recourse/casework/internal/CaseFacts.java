package org.recourse.casework.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.account.DatedAmount;
import org.recourse.account.Language;
import org.recourse.account.PhoneNumbers;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseFactsContributor;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.payment.Ledger;
import org.recourse.platform.Money;
import org.recourse.platform.ServedJson;
import org.recourse.platform.StaffTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person needs to see on a task form about a case: the debtor, the account, the balance, the numbers to
 * call and the recent history, as one JSON object the forms template ({@code {{caseFacts.debtor.name}}}). A task
 * holds only a reference ({@link #asVariable}); the facts are read from Recourse's tables whenever the form is
 * opened, so they are current (a payment posted since shows in the balance) and the engine stores no copy.
 */
@Component
public class CaseFacts implements ServedJson.Source {

  /** The name of the task variable, and of this source of served JSON. */
  public static final String VARIABLE = CaseProcess.Vars.CASE_FACTS;

  private static final int HISTORY_ENTRIES = 8;
  private static final String RECENT_HISTORY = "select occurred_at, actor, kind, detail from case_event"
      + " where case_id = ? order by occurred_at desc, case when kind = 'PLACED' then 0 else 1 end desc, id desc"
      + " limit " + HISTORY_ENTRIES;

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final List<CaseFactsContributor> contributors;

  @PersistenceContext
  private EntityManager entityManager;

  CaseFacts(CollectionCases cases, AccountRegistry accounts, Ledger ledger, JdbcTemplate jdbc, ObjectMapper json,
      Clock clock, List<CaseFactsContributor> contributors) {
    this.contributors = contributors;
    this.cases = cases;
    this.accounts = accounts;
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** The facts of an open or closed case, read now. */
  private Map<String, Object> of(CollectionCase subject) {
    AccountSummary account = accounts.summary(subject.getAccountId());
    BigDecimal balance = ledger.balance(subject.getAccountId());

    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("caseNumber", subject.getCaseNumber());
    facts.put("status", subject.getStatus().name());
    facts.put("statusLabel", statusLabel(subject.getStatus()));
    facts.put("queue", subject.getQueue());
    facts.put("segment", subject.getSegment());
    facts.put("contactAttempts", subject.getContactAttempts());
    facts.put("balance", Money.format(balance, account.currency()));
    facts.put("balanceAmount", balance);
    facts.put("validation", validation(subject));

    Map<String, Object> person = new LinkedHashMap<>();
    person.put("name", account.debtorName());
    person.put("address", account.mailingAddress() == null ? "no address on file" : account.mailingAddress().oneLine());
    person.put("state", account.state().name());
    person.put("language", account.language() == Language.ES ? "Spanish" : "English");
    person.put("phones", account.phones().isEmpty() ? "none on file" : account.phones().stream()
        .map(CaseFacts::phoneLabel).collect(Collectors.joining(", ")));
    person.put("phoneChoices", account.phones().stream()
        .map(p -> Map.of("label", phoneLabel(p), "value", p.e164())).toList());
    person.put("emails", account.emails().isEmpty() ? "none on file" : account.emails().stream()
        .map(e -> e.address() + (e.consentToEmail() ? "" : " (no consent)"))
        .collect(Collectors.joining(", ")));
    facts.put("debtor", person);

    Map<String, Object> debt = new LinkedHashMap<>();
    debt.put("product", account.product().name().replace('_', ' ').toLowerCase(Locale.ROOT));
    debt.put("number", account.maskedAccountNumber());
    debt.put("currentCreditor", account.currentCreditor());
    debt.put("originalCreditor", account.originalCreditor());
    debt.put("delinquencyDate", account.delinquencyDate().toString());
    debt.put("daysDelinquent", ChronoUnit.DAYS.between(account.delinquencyDate(), LocalDate.now(clock)));
    debt.put("chargeOff", describe(account.chargeOff(), account));
    debt.put("lastPayment", describe(account.lastPayment(), account));
    facts.put("account", debt);

    List<Map<String, String>> history = jdbc.query(RECENT_HISTORY, (row, n) -> {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("when", StaffTime.format(row.getTimestamp(1).toInstant(), clock));
      entry.put("who", row.getString(2));
      entry.put("what", row.getString(3).replace('_', ' ').toLowerCase(Locale.ROOT));
      entry.put("detail", row.getString(4) == null ? "" : row.getString(4));
      return entry;
    }, subject.getId());
    facts.put("history", history);
    for (CaseFactsContributor contributor : contributors) {
      contributor.contribute(subject, account, facts);
    }
    return facts;
  }

  /** The task variable that serves a case's facts: it stores the case number only. */
  public static TypedValue asVariable(String caseNumber) {
    return ServedJson.of(VARIABLE, caseNumber);
  }

  @Override
  public String name() {
    return VARIABLE;
  }

  /** The facts of a case as JSON, for the forms; a case that no longer exists has its number only. */
  @Override
  @Transactional(readOnly = true)
  public String json(String caseNumber) {
    // The facts are read with plain queries: what this transaction changed so far must be in the database first.
    entityManager.flush();
    Map<String, Object> facts = cases.find(caseNumber).map(this::of).orElse(Map.of("caseNumber", caseNumber));
    try {
      return json.writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case facts of " + caseNumber + " cannot be written as JSON", e);
    }
  }

  /**
   * One line that tells cases apart in a task list, read with two small queries: case number, debtor, balance
   * ("RC-0000042 · Maria Lopez · $2,385.00").
   */
  @Transactional(readOnly = true)
  public String label(String caseNumber) {
    entityManager.flush();
    CollectionCase subject = cases.require(caseNumber);
    AccountRegistry.Label account = accounts.label(subject.getAccountId());
    return label(caseNumber, account.debtorName(), ledger.balance(subject.getAccountId()), account.currency());
  }

  /** The line of {@link #label(String)} from what is known of the case already. */
  public static String label(String caseNumber, String debtorName, BigDecimal balance, Currency currency) {
    return caseNumber + " · " + debtorName + " · " + Money.format(balance, currency);
  }

  /** Where the case stands with its validation notice and the period it opened (12 CFR 1006.34). */
  private String validation(CollectionCase subject) {
    if (subject.getValidationPeriodEnds() == null) {
      return cases.history(subject).stream().filter(event -> event.getKind() == CaseEventKind.NOTICE_WITHHELD)
          .reduce((first, second) -> second).map(CaseEvent::getDetail)
          .map(detail -> "not sent: " + detail.substring("Validation notice not sent: ".length()))
          .orElse("not sent yet");
    }
    boolean running = !LocalDate.now(clock).isAfter(subject.getValidationPeriodEnds());
    return "dated " + subject.getValidationNoticeSentOn() + "; the validation period "
        + (running ? "ends " + subject.getValidationPeriodEnds() + " (no demand before then; a written dispute"
            + " until then stops collection of the amount disputed)" : "ended " + subject.getValidationPeriodEnds());
  }

  /** "(512) 555-0147 (mobile)" */
  private static String phoneLabel(AccountSummary.Phone phone) {
    return PhoneNumbers.display(phone.e164()) + " (" + phone.kind().name().toLowerCase(Locale.ROOT) + ")";
  }

  private static String describe(DatedAmount dated, AccountSummary account) {
    return dated == null ? "none" : Money.format(dated.amount(), account.currency()) + " on " + dated.date();
  }

  private static String statusLabel(CaseStatus status) {
    String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
