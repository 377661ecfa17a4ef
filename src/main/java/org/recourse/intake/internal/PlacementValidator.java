package org.recourse.intake.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.Language;
import org.recourse.account.PhoneNumbers;
import org.recourse.account.PostalCodes;
import org.recourse.account.UsState;
import org.recourse.platform.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Every rule a placement must meet, each failure naming its field. The same rules serve the API and portfolio
 * files, so an account is accepted or refused for the same reasons whichever way it arrives.
 */
@Component
public class PlacementValidator {

  static final BigDecimal LARGEST_AMOUNT = new BigDecimal("10000000.00");
  private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Clock clock;

  public PlacementValidator(Clock clock) {
    this.clock = clock;
  }

  public List<FieldProblem> validate(Placement placement) {
    Problems problems = new Problems();
    if (placement == null) {
      problems.add("", "the account is missing");
      return problems.list;
    }
    problems.text("creditorCode", placement.creditorCode(), 32);
    String number = placement.accountNumber();
    if (problems.text("accountNumber", number, 64) && !ACCOUNT_NUMBER.matcher(number.trim()).matches()) {
      problems.add("accountNumber", "may hold letters, digits, spaces and . _ / - only");
    }
    problems.text("originalCreditor", placement.originalCreditor(), 200);
    problems.text("currentCreditor", placement.currentCreditor(), 200);
    problems.required("product", placement.product());
    if (placement.currency() != null && !placement.currency().isBlank()) {
      try {
        Currency.getInstance(placement.currency().trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("currency", "'" + placement.currency() + "' is not an ISO 4217 currency code");
      }
    }

    LocalDate today = LocalDate.now(clock);
    LocalDate delinquency = placement.delinquencyDate();
    if (problems.required("delinquencyDate", delinquency)) {
      problems.pastDate("delinquencyDate", delinquency, today);
    }
    LocalDate chargeOffDate = placement.chargeOffDate();
    if (chargeOffDate != null) {
      problems.pastDate("chargeOffDate", chargeOffDate, today);
      if (problems.amount("chargeOffBalance", placement.chargeOffBalance(), true, false)
          && delinquency != null && chargeOffDate.isBefore(delinquency)) {
        problems.add("chargeOffDate", "is before the delinquency date " + delinquency);
      }
    } else if (placement.chargeOffBalance() != null) {
      problems.add("chargeOffDate", "is required with a charge-off balance");
    }
    if (placement.lastPaymentDate() != null) {
      problems.pastDate("lastPaymentDate", placement.lastPaymentDate(), today);
      problems.amount("lastPaymentAmount", placement.lastPaymentAmount(), true, false);
    } else if (placement.lastPaymentAmount() != null) {
      problems.add("lastPaymentDate", "is required with a last payment amount");
    }

    Placement.Itemization itemization = placement.itemization();
    if (problems.required("itemization", itemization)) {
      validateItemization(itemization, placement, today, problems);
    }
    Placement.Debtor debtor = placement.debtor();
    if (problems.required("debtor", debtor)) {
      validateDebtor(debtor, today, problems);
    }
    return problems.list;
  }

  private void validateItemization(Placement.Itemization itemization, Placement placement, LocalDate today,
      Problems problems) {
    boolean typed = problems.required("itemization.dateType", itemization.dateType());
    boolean dated = problems.required("itemization.date", itemization.date())
        && problems.pastDate("itemization.date", itemization.date(), today);
    boolean amounts = problems.amount("itemization.amount", itemization.amount(), true, false)
        & problems.amount("itemization.interest", itemization.interest(), false, true)
        & problems.amount("itemization.fees", itemization.fees(), false, true)
        & problems.amount("itemization.paymentsAndCredits", itemization.paymentsAndCredits(), false, true);
    if (amounts) {
      BigDecimal now = itemization.amount().add(orZero(itemization.interest())).add(orZero(itemization.fees()))
          .subtract(orZero(itemization.paymentsAndCredits()));
      if (now.signum() <= 0) {
        problems.add("itemization.paymentsAndCredits", "leave nothing owed: the balance would be " + now);
      }
    }
    if (!typed || !dated) {
      return;
    }
    // The itemization date is one of the account's own dates (12 CFR 1006.34(b)(3)): they must agree.
    if (itemization.dateType() == ItemizationDateType.CHARGE_OFF) {
      if (placement.chargeOffDate() == null) {
        problems.add("chargeOffDate", "is required when the itemization date is the charge-off date");
      } else if (!placement.chargeOffDate().equals(itemization.date())) {
        problems.add("itemization.date", "must be the charge-off date " + placement.chargeOffDate());
      } else if (placement.chargeOffBalance() != null && itemization.amount() != null
          && placement.chargeOffBalance().compareTo(itemization.amount()) != 0) {
        problems.add("itemization.amount", "must be the charge-off balance " + placement.chargeOffBalance());
      }
    }
    if (itemization.dateType() == ItemizationDateType.LAST_PAYMENT) {
      if (placement.lastPaymentDate() == null) {
        problems.add("lastPaymentDate", "is required when the itemization date is the last payment date");
      } else if (!placement.lastPaymentDate().equals(itemization.date())) {
        problems.add("itemization.date", "must be the last payment date " + placement.lastPaymentDate());
      }
    }
  }

  private void validateDebtor(Placement.Debtor debtor, LocalDate today, Problems problems) {
    problems.text("debtor.firstName", debtor.firstName(), 100);
    problems.text("debtor.lastName", debtor.lastName(), 100);
    if (debtor.dateOfBirth() != null) {
      problems.pastDate("debtor.dateOfBirth", debtor.dateOfBirth(), today);
    }
    if (debtor.preferredLanguage() != null && !debtor.preferredLanguage().isBlank()) {
      try {
        Language.fromCode(debtor.preferredLanguage());
      } catch (IllegalArgumentException e) {
        problems.add("debtor.preferredLanguage", e.getMessage());
      }
    }
    Placement.Address address = debtor.address();
    if (problems.required("debtor.address", address)) {
      problems.text("debtor.address.line1", address.line1(), 200);
      if (address.line2() != null && address.line2().length() > 200) {
        problems.add("debtor.address.line2", "is longer than 200 characters");
      }
      problems.text("debtor.address.city", address.city(), 100);
      if (problems.text("debtor.address.state", address.state(), 2) && UsState.fromCode(address.state()).isEmpty()) {
        problems.add("debtor.address.state", "'" + address.state() + "' is not a US state code");
      }
      if (problems.text("debtor.address.postalCode", address.postalCode(), 10)
          && !PostalCodes.isValidZip(address.postalCode())) {
        problems.add("debtor.address.postalCode", "'" + address.postalCode() + "' is not a ZIP code (12345 or 12345-6789)");
      }
    }
    List<Placement.Phone> phones = debtor.phones() == null ? List.of() : debtor.phones();
    for (int i = 0; i < phones.size(); i++) {
      String field = "debtor.phones[" + i + "].number";
      Placement.Phone phone = phones.get(i);
      if (phone == null || phone.number() == null || phone.number().isBlank()) {
        problems.add(field, "is required");
        continue;
      }
      try {
        PhoneNumbers.toE164(phone.number());
      } catch (PhoneNumbers.InvalidPhoneNumberException e) {
        problems.add(field, e.getMessage());
      }
    }
    List<Placement.Email> emails = debtor.emails() == null ? List.of() : debtor.emails();
    for (int i = 0; i < emails.size(); i++) {
      String field = "debtor.emails[" + i + "].address";
      Placement.Email email = emails.get(i);
      if (email == null || email.address() == null || email.address().isBlank()) {
        problems.add(field, "is required");
      } else if (email.address().length() > 254 || !EMAIL.matcher(email.address().trim()).matches()) {
        problems.add(field, "'" + email.address() + "' is not an e-mail address");
      }
    }
  }

  public static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }

  /** Collects problems; each check says whether the value passed, so that dependent checks can be skipped. */
  private static final class Problems {
    final List<FieldProblem> list = new ArrayList<>();

    void add(String field, String message) {
      list.add(new FieldProblem(field, message));
    }

    boolean required(String field, Object value) {
      if (value == null) {
        add(field, "is required");
        return false;
      }
      return true;
    }

    boolean text(String field, String value, int maxLength) {
      if (value == null || value.isBlank()) {
        add(field, "is required");
        return false;
      }
      if (value.trim().length() > maxLength) {
        add(field, "is longer than " + maxLength + " characters");
        return false;
      }
      return true;
    }

    boolean pastDate(String field, LocalDate date, LocalDate today) {
      if (date.isAfter(today)) {
        add(field, date + " is in the future");
        return false;
      }
      if (date.isBefore(EARLIEST_DATE)) {
        add(field, date + " is before 1900");
        return false;
      }
      return true;
    }

    boolean amount(String field, BigDecimal amount, boolean required, boolean zeroAllowed) {
      if (amount == null) {
        if (required) {
          add(field, "is required");
        }
        return !required;
      }
      if (amount.stripTrailingZeros().scale() > 2) {
        add(field, amount.toPlainString() + " has more than two decimals");
        return false;
      }
      if (amount.signum() < 0 || amount.signum() == 0 && !zeroAllowed) {
        add(field, "must be " + (zeroAllowed ? "zero or more" : "greater than zero") + ", not " + amount.toPlainString());
        return false;
      }
      if (amount.compareTo(LARGEST_AMOUNT) > 0) {
        add(field, amount.toPlainString() + " is larger than 10,000,000.00, the largest amount Recourse accepts");
        return false;
      }
      return true;
    }
  }
}
