package org.recourse.intake;

import static org.recourse.intake.internal.PlacementValidator.orZero;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.account.Account;
import org.recourse.account.AccountRegistry;
import org.recourse.account.Creditor;
import org.recourse.account.DatedAmount;
import org.recourse.account.Itemization;
import org.recourse.account.Language;
import org.recourse.account.NewAccount;
import org.recourse.account.PhoneKind;
import org.recourse.account.PhoneNumbers;
import org.recourse.account.PostalAddress;
import org.recourse.account.UsState;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.casework.StrategyFacts;
import org.recourse.correspondence.Letters;
import org.recourse.intake.internal.Placement;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.intake.internal.PlacementValidator;
import org.recourse.payment.Ledger;
import org.recourse.payment.LedgerEntry;
import org.recourse.payment.OpeningBalance;
import org.recourse.platform.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places accounts: each valid, new one becomes a debtor, an account, an opening ledger, a case with its process and
 * the case's validation notice, all in one transaction. A creditor's account number placed again is reported and
 * changes nothing.
 */
@Service
public class AccountIntake {

  private final PlacementValidator validator;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final CollectionCases cases;
  private final Letters letters;
  private final Clock clock;

  AccountIntake(PlacementValidator validator, AccountRegistry accounts, Ledger ledger, CollectionCases cases,
      Letters letters, Clock clock) {
    this.letters = letters;
    this.validator = validator;
    this.accounts = accounts;
    this.ledger = ledger;
    this.cases = cases;
    this.clock = clock;
  }

  @Transactional
  public PlacementOutcome place(Placement placement, String actor) {
    return placeAll(List.of(placement), actor).get(0);
  }

  /**
   * Places a batch in the caller's transaction: one query per creditor finds the accounts already placed, and
   * the inserts of the whole batch go to the database together.
   */
  @Transactional
  public List<PlacementOutcome> placeAll(List<Placement> placements, String actor) {
    int size = placements.size();
    PlacementOutcome[] outcomes = new PlacementOutcome[size];
    Creditor[] creditorOf = new Creditor[size];
    Map<String, Optional<Creditor>> creditors = new HashMap<>();
    Map<Creditor, List<String>> numbersByCreditor = new HashMap<>();

    for (int i = 0; i < size; i++) {
      Placement placement = placements.get(i);
      List<FieldProblem> problems = new ArrayList<>(validator.validate(placement));
      String code = placement == null || placement.creditorCode() == null ? null : placement.creditorCode().trim();
      if (code != null && !code.isEmpty()) {
        Optional<Creditor> creditor = creditors.computeIfAbsent(code, accounts::findCreditor);
        if (creditor.isEmpty()) {
          problems.add(new FieldProblem("creditorCode", "'" + code + "' is not a creditor known to Recourse"));
        } else {
          creditorOf[i] = creditor.get();
        }
      }
      if (!problems.isEmpty()) {
        outcomes[i] = new PlacementOutcome.Rejected(List.copyOf(problems));
      } else {
        numbersByCreditor.computeIfAbsent(creditorOf[i], c -> new ArrayList<>()).add(accountNumber(placement));
      }
    }

    Map<Creditor, Set<String>> alreadyPlaced = new HashMap<>();
    numbersByCreditor.forEach((creditor, numbers) -> alreadyPlaced.put(creditor, accounts.alreadyPlaced(creditor, numbers)));
    Map<String, String> placedNow = new HashMap<>();
    LocalDate today = LocalDate.now(clock);

    for (int i = 0; i < size; i++) {
      if (outcomes[i] != null) {
        continue;
      }
      Placement placement = placements.get(i);
      Creditor creditor = creditorOf[i];
      String number = accountNumber(placement);
      String key = creditor.getId() + "/" + number;
      if (placedNow.containsKey(key)) {
        outcomes[i] = new PlacementOutcome.Duplicate(placedNow.get(key));
      } else if (alreadyPlaced.get(creditor).contains(number)) {
        outcomes[i] = new PlacementOutcome.Duplicate(existingCase(creditor, number));
      } else {
        CollectionCase opened = open(placement, creditor, today, actor);
        placedNow.put(key, opened.getCaseNumber());
        outcomes[i] = new PlacementOutcome.Placed(opened.getCaseNumber());
      }
    }
    return List.of(outcomes);
  }

  /** The case of an account already placed: what a duplicate placement points to. */
  @Transactional(readOnly = true)
  public Optional<String> existingCase(String creditorCode, String accountNumber) {
    return accounts.findCreditor(creditorCode.trim())
        .flatMap(creditor -> accounts.findPlaced(creditor, accountNumber.trim()))
        .flatMap(account -> cases.findByAccount(account.getId()))
        .map(CollectionCase::getCaseNumber);
  }

  private String existingCase(Creditor creditor, String accountNumber) {
    return existingCase(creditor.getCode(), accountNumber)
        .orElseThrow(() -> new IllegalStateException("account " + accountNumber + " has no case"));
  }

  private CollectionCase open(Placement p, Creditor creditor, LocalDate today, String actor) {
    Placement.Itemization item = p.itemization();
    Placement.Debtor person = p.debtor();
    Placement.Address address = person.address();
    List<NewAccount.Phone> phones = person.phones() == null ? List.of() : person.phones().stream()
        .map(phone -> new NewAccount.Phone(PhoneNumbers.toE164(phone.number()),
            phone.kind() == null ? PhoneKind.MOBILE : phone.kind()))
        .distinct()
        .toList();
    List<NewAccount.Email> emails = person.emails() == null ? List.of() : person.emails().stream()
        .map(email -> new NewAccount.Email(email.address().trim(), Boolean.TRUE.equals(email.consentToEmail())))
        .toList();
    Language language = person.preferredLanguage() == null || person.preferredLanguage().isBlank()
        ? Language.EN : Language.fromCode(person.preferredLanguage());
    Currency currency = p.currency() == null || p.currency().isBlank()
        ? Currency.getInstance("USD") : Currency.getInstance(p.currency().trim().toUpperCase(Locale.ROOT));
    NewAccount.NewDebtor debtor = new NewAccount.NewDebtor(person.firstName().trim(), person.lastName().trim(),
        person.dateOfBirth(), language,
        new PostalAddress(address.line1().trim(), blankToNull(address.line2()), address.city().trim(),
            UsState.fromCode(address.state()).orElseThrow(), address.postalCode().trim()),
        phones, emails);

    Account account = accounts.register(new NewAccount(creditor, accountNumber(p), p.originalCreditor().trim(),
        p.currentCreditor().trim(), p.product(), currency,
        new Itemization(item.dateType(), item.date(), item.amount()),
        p.chargeOffDate() == null ? null : new DatedAmount(p.chargeOffDate(), p.chargeOffBalance()),
        p.lastPaymentDate() == null ? null : new DatedAmount(p.lastPaymentDate(), p.lastPaymentAmount()),
        p.delinquencyDate(), debtor));
    OpeningBalance opening = new OpeningBalance(item.date(), item.amount(), orZero(item.interest()),
        orZero(item.fees()), orZero(item.paymentsAndCredits()));
    List<LedgerEntry> entries = ledger.open(account.getId(), opening, actor);
    StrategyFacts facts = new StrategyFacts(opening.total(), ChronoUnit.DAYS.between(p.delinquencyDate(), today),
        !phones.isEmpty(), !emails.isEmpty());
    // The validation notice goes with the placement, written from the account and ledger as placed.
    return cases.open(account, facts,
        opened -> letters.sendValidationNoticeAtPlacement(opened, accounts.summaryOf(account), entries, actor), actor);
  }

  private static String accountNumber(Placement placement) {
    return placement.accountNumber().trim();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
