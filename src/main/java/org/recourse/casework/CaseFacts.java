package org.recourse.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.recourse.account.Account;
import org.recourse.account.AccountRegistry;
import org.recourse.account.DatedAmount;
import org.recourse.account.Debtor;
import org.recourse.account.DebtorAddress;
import org.recourse.account.PhoneNumbers;
import org.recourse.payment.Ledger;
import org.recourse.platform.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person needs to see on a task form about a case: the debtor, the account, the balance and the recent
 * history, as one JSON object the forms template ({@code {{caseFacts.debtor.name}}}). It is read from Recourse's
 * tables when the task is created, so the process itself carries only keys and routing facts.
 */
@Component
public class CaseFacts {

  private static final int HISTORY_ENTRIES = 10;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final ObjectMapper json;
  private final Clock clock;

  CaseFacts(CollectionCases cases, AccountRegistry accounts, Ledger ledger, ObjectMapper json, Clock clock) {
    this.cases = cases;
    this.accounts = accounts;
    this.ledger = ledger;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Map<String, Object> of(String caseNumber) {
    CollectionCase subject = cases.require(caseNumber);
    Account account = accounts.account(subject.getAccountId());
    Debtor debtor = account.getDebtor();
    BigDecimal balance = ledger.balance(account.getId());

    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("caseNumber", subject.getCaseNumber());
    facts.put("status", subject.getStatus().name());
    facts.put("statusLabel", label(subject.getStatus()));
    facts.put("queue", subject.getQueue());
    facts.put("segment", subject.getSegment());
    facts.put("contactAttempts", subject.getContactAttempts());
    facts.put("balance", Money.format(balance, account.getCurrency()));
    facts.put("balanceAmount", balance);

    Map<String, Object> person = new LinkedHashMap<>();
    person.put("name", debtor.fullName());
    DebtorAddress mailing = debtor.mailingAddress();
    person.put("address", mailing == null ? "no address on file" : mailing.toPostalAddress().oneLine());
    person.put("state", debtor.getStateOfResidence().name());
    person.put("language", debtor.getPreferredLanguage() == org.recourse.account.Language.ES ? "Spanish" : "English");
    person.put("phones", debtor.getPhones().isEmpty() ? "none on file" : debtor.getPhones().stream()
        .map(p -> PhoneNumbers.display(p.getNumber()) + " (" + p.getKind().name().toLowerCase(Locale.ROOT) + ")")
        .collect(Collectors.joining(", ")));
    person.put("emails", debtor.getEmails().isEmpty() ? "none on file" : debtor.getEmails().stream()
        .map(e -> e.getAddress() + (e.isConsentToEmail() ? "" : " (no consent)"))
        .collect(Collectors.joining(", ")));
    facts.put("debtor", person);

    Map<String, Object> debt = new LinkedHashMap<>();
    debt.put("product", account.getProduct().name().replace('_', ' ').toLowerCase(Locale.ROOT));
    debt.put("number", account.maskedAccountNumber());
    debt.put("currentCreditor", account.getCurrentCreditor());
    debt.put("originalCreditor", account.getOriginalCreditor());
    debt.put("delinquencyDate", account.getDelinquencyDate().toString());
    debt.put("daysDelinquent", ChronoUnit.DAYS.between(account.getDelinquencyDate(), LocalDate.now(clock)));
    debt.put("chargeOff", describe(account.getChargeOff(), account));
    debt.put("lastPayment", describe(account.getLastPayment(), account));
    facts.put("account", debt);

    List<Map<String, String>> history = cases.recentHistory(subject, HISTORY_ENTRIES).stream()
        .map(event -> {
          Map<String, String> row = new LinkedHashMap<>();
          row.put("when", WHEN.format(event.getOccurredAt().atZone(clock.getZone())));
          row.put("who", event.getActor());
          row.put("what", event.getKind().name().replace('_', ' ').toLowerCase(Locale.ROOT));
          row.put("detail", event.getDetail() == null ? "" : event.getDetail());
          return row;
        })
        .toList();
    facts.put("history", history);
    return facts;
  }

  /** The facts as a JSON variable, which Tasklist hands to the form as an object. */
  public TypedValue asVariable(Map<String, Object> facts) {
    try {
      return SpinValues.jsonValue(json.writeValueAsString(facts)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case facts of " + facts.get("caseNumber") + " cannot be written as JSON", e);
    }
  }

  /** One line that tells cases apart in a task list: case number, debtor, balance. */
  @SuppressWarnings("unchecked")
  public static String label(Map<String, Object> facts) {
    return facts.get("caseNumber") + " · " + ((Map<String, Object>) facts.get("debtor")).get("name") + " · "
        + facts.get("balance");
  }

  private static String describe(DatedAmount dated, Account account) {
    return dated == null ? "none" : Money.format(dated.amount(), account.getCurrency()) + " on " + dated.date();
  }

  private static String label(CaseStatus status) {
    String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
