package org.recourse.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.recourse.account.internal.AccountRepository;
import org.recourse.account.internal.AccountSummaries;
import org.recourse.account.internal.AddressKind;
import org.recourse.account.internal.CreditorRepository;
import org.recourse.account.internal.DebtorRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creditors, debtors and their accounts: how other features read and register them. */
@Service
public class AccountRegistry {

  private final CreditorRepository creditors;
  private final AccountRepository accounts;
  private final DebtorRepository debtors;
  private final AccountSummaries summaries;
  private final Clock clock;

  AccountRegistry(CreditorRepository creditors, AccountRepository accounts, DebtorRepository debtors,
      AccountSummaries summaries, Clock clock) {
    this.creditors = creditors;
    this.accounts = accounts;
    this.debtors = debtors;
    this.summaries = summaries;
    this.clock = clock;
  }

  /** The account and its debtor for reading: a projection that sees the transaction's flushed changes. */
  @Transactional(readOnly = true)
  public AccountSummary summary(long accountId) {
    return summaries.summary(accountId);
  }

  /**
   * As {@link #summary}, of an account this transaction holds as an entity (one it has just registered, not yet
   * flushed): nothing is read.
   */
  public AccountSummary summaryOf(Account account) {
    Debtor debtor = account.getDebtor();
    DebtorAddress mailing = debtor.mailingAddress();
    return new AccountSummary(account.getId(), account.getCreditor().getCode(), account.getOriginalCreditor(),
        account.getCurrentCreditor(), account.maskedAccountNumber(), account.getProduct(), account.getCurrency(),
        account.getDelinquencyDate(), account.getItemization(), account.getChargeOff(), account.getLastPayment(),
        debtor.fullName(), debtor.getPreferredLanguage(), debtor.getStateOfResidence(),
        mailing == null ? null : mailing.toPostalAddress(),
        debtor.getPhones().stream().filter(phone -> !phone.isWrongNumber())
            .map(phone -> new AccountSummary.Phone(phone.getNumber(), phone.getKind())).toList(),
        debtor.getEmails().stream()
            .map(email -> new AccountSummary.Email(email.getAddress(), email.isConsentToEmail())).toList());
  }

  /** Who owes an account, and in what currency: what a task's name shows, in one small query. */
  public record Label(String debtorName, Currency currency) {
  }

  @Transactional(readOnly = true)
  public Label label(long accountId) {
    return summaries.label(accountId);
  }

  @Transactional(readOnly = true)
  public Optional<Creditor> findCreditor(String code) {
    return creditors.findByCode(code);
  }

  /** Registers a creditor, or returns the one already known by that code. */
  @Transactional
  public Creditor registerCreditor(String code, String name) {
    return creditors.findByCode(code).orElseGet(() -> creditors.save(new Creditor(code, name, clock.instant())));
  }

  @Transactional(readOnly = true)
  public Optional<Account> findPlaced(Creditor creditor, String accountNumber) {
    return accounts.findByCreditorAndAccountNumber(creditor, accountNumber);
  }

  /** Which of these account numbers the creditor has already placed: one query for a whole chunk of a file. */
  @Transactional(readOnly = true)
  public Set<String> alreadyPlaced(Creditor creditor, Collection<String> accountNumbers) {
    return accountNumbers.isEmpty() ? Set.of() : new HashSet<>(accounts.findPlacedAccountNumbers(creditor, accountNumbers));
  }

  /** An account to refer to from another entity, without reading it. */
  @Transactional(readOnly = true)
  public Account reference(long accountId) {
    return accounts.getReferenceById(accountId);
  }

  @Transactional(readOnly = true)
  public Account account(long accountId) {
    return accounts.findWithPartiesById(accountId)
        .orElseThrow(() -> new NoSuchElementException("no account " + accountId));
  }

  /** Every number, address and e-mail on file, the unusable ones marked. */
  @Transactional(readOnly = true)
  public ContactDetails contactDetails(long accountId) {
    return ContactDetails.of(account(accountId).getDebtor());
  }

  /** Writes the debtor and the account; the caller's transaction decides whether they stay. */
  @Transactional
  public Account register(NewAccount placed) {
    Instant now = clock.instant();
    NewAccount.NewDebtor person = placed.debtor();
    Debtor debtor = new Debtor(person.firstName(), person.lastName(), person.dateOfBirth(),
        person.preferredLanguage(), person.address().state(), now);
    debtor.addAddress(AddressKind.MAILING, person.address());
    person.phones().forEach(phone -> debtor.addPhone(phone.e164(), phone.kind()));
    person.emails().forEach(email -> debtor.addEmail(email.address(), email.consentToEmail()));
    debtors.save(debtor);
    return accounts.save(new Account(placed.creditor(), placed.accountNumber(), debtor, placed.originalCreditor(),
        placed.currentCreditor(), placed.product(), placed.currency(), placed.itemization(), placed.chargeOff(),
        placed.lastPayment(), placed.delinquencyDate(), now));
  }

  /** Adds what a trace found: a phone number (E.164) and/or a new mailing address, either may be null. */
  @Transactional
  public void addTraceResult(long accountId, String phoneE164, PostalAddress address) {
    Debtor debtor = account(accountId).getDebtor();
    if (phoneE164 != null && !debtor.hasPhone(phoneE164)) {
      debtor.addPhone(phoneE164, PhoneKind.OTHER);
    }
    if (address != null) {
      debtor.addAddress(AddressKind.MAILING, address);
    }
  }

  /** A number the debtor gave, in any usual form; refused when it is not a number or already on file. */
  @Transactional
  public DebtorPhone addPhone(long accountId, String number, PhoneKind kind) {
    String e164 = PhoneNumbers.toE164(number);
    Debtor debtor = account(accountId).getDebtor();
    if (debtor.getPhones().stream().anyMatch(p -> p.getNumber().equals(e164) && !p.isWrongNumber())) {
      throw new IllegalArgumentException(PhoneNumbers.display(e164) + " is already on file");
    }
    return debtor.addPhone(e164, kind);
  }

  /** A new address for letters, the debtor's own word or a trace's; from now on letters go there. */
  @Transactional
  public DebtorAddress addMailingAddress(long accountId, PostalAddress address) {
    if (!PostalCodes.isValidZip(address.postalCode())) {
      throw new IllegalArgumentException(address.postalCode() + " is not a ZIP code (12345 or 12345-6789)");
    }
    return account(accountId).getDebtor().addAddress(AddressKind.MAILING, address);
  }

  /** Whoever answered this number is not the debtor: it stays on file for the trace, and is never called again. */
  @Transactional
  public DebtorPhone markWrongNumber(long accountId, String e164, String actor) {
    DebtorPhone phone = account(accountId).getDebtor().getPhones().stream()
        .filter(p -> p.getNumber().equals(e164)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(e164 + " is not one of the debtor's numbers"));
    phone.markWrongNumber(clock.instant(), actor);
    return phone;
  }

  /** Mail sent to this address came back: letters go to the next address on file, or wait for a trace. */
  @Transactional
  public DebtorAddress markMailReturned(long accountId, long addressId, String actor) {
    DebtorAddress address = account(accountId).getDebtor().getAddresses().stream()
        .filter(a -> a.getId() == addressId).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("address " + addressId + " is not the debtor's"));
    address.markReturned(clock.instant(), actor);
    return address;
  }

  /**
   * Whether the person signing in for this account knows a fact on file that only the debtor should: their date of
   * birth, or the ZIP code (its five digits) of an address of theirs whose mail has not come back.
   */
  @Transactional(readOnly = true)
  public boolean knowsTheDebtor(long accountId, LocalDate dateOfBirth, String zip) {
    Debtor debtor = account(accountId).getDebtor();
    if (dateOfBirth != null && dateOfBirth.equals(debtor.getDateOfBirth())) {
      return true;
    }
    return zip != null && zip.length() == 5 && debtor.getAddresses().stream()
        .filter(address -> address.getReturnedAt() == null)
        .anyMatch(address -> address.toPostalAddress().postalCode().startsWith(zip));
  }

  /** The language the debtor chose: their letters and e-mails come in it from now on. */
  @Transactional
  public void choosePreferredLanguage(long accountId, Language language) {
    account(accountId).getDebtor().choosePreferredLanguage(language);
  }
}
