package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.PhoneKind;
import org.recourse.account.Product;
import org.recourse.intake.internal.Placement;
import org.recourse.intake.internal.PlacementValidator;
import org.recourse.platform.FieldProblem;

class PlacementValidatorTest {

  /** 10:00 on 20 November 2026 in New York: "today" is 2026-11-20. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneId.of("America/New_York"));
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final LocalDate TOMORROW = TODAY.plusDays(1);
  private static final LocalDate LAST_DAY_OF_1899 = LocalDate.of(1899, 12, 31);

  private final PlacementValidator validator = new PlacementValidator(CLOCK);

  /** Every field of a placement, mutable, starting from a fully valid account. */
  static final class Draft {
    String creditorCode = "NWB";
    String accountNumber = "4000-1234 1234.1234/A_1";
    String originalCreditor = "Northwind Bank";
    String currentCreditor = "Northwind Bank";
    Product product = Product.CREDIT_CARD;
    String currency = "USD";
    ItemizationDateType dateType = ItemizationDateType.CHARGE_OFF;
    LocalDate itemizationDate = LocalDate.of(2025, 7, 15);
    BigDecimal amount = new BigDecimal("2450.00");
    BigDecimal interest = new BigDecimal("0.00");
    BigDecimal fees = new BigDecimal("25.00");
    BigDecimal paymentsAndCredits = new BigDecimal("100.00");
    LocalDate chargeOffDate = LocalDate.of(2025, 7, 15);
    BigDecimal chargeOffBalance = new BigDecimal("2450.00");
    LocalDate lastPaymentDate = LocalDate.of(2024, 12, 20);
    BigDecimal lastPaymentAmount = new BigDecimal("75.00");
    LocalDate delinquencyDate = LocalDate.of(2025, 1, 15);
    String firstName = "Maria";
    String lastName = "Lopez";
    LocalDate dateOfBirth = LocalDate.of(1980, 4, 2);
    String preferredLanguage = "es";
    String line1 = "1200 Congress Ave";
    String line2 = "Apt 4";
    String city = "Austin";
    String state = "TX";
    String postalCode = "78701";
    boolean withAddress = true;
    List<Placement.Phone> phones = new ArrayList<>(List.of(
        new Placement.Phone("(512) 555-0147", PhoneKind.MOBILE),
        new Placement.Phone("512-555-0198", PhoneKind.HOME)));
    List<Placement.Email> emails = new ArrayList<>(List.of(new Placement.Email("maria.lopez@example.com", true)));

    Placement build() {
      return new Placement(creditorCode, accountNumber, originalCreditor, currentCreditor, product, currency,
          new Placement.Itemization(dateType, itemizationDate, amount, interest, fees, paymentsAndCredits),
          chargeOffDate, chargeOffBalance, lastPaymentDate, lastPaymentAmount, delinquencyDate,
          new Placement.Debtor(firstName, lastName, dateOfBirth, preferredLanguage,
              withAddress ? new Placement.Address(line1, line2, city, state, postalCode) : null,
              phones, emails));
    }
  }

  static Placement valid() {
    return new Draft().build();
  }

  static Placement validWith(Consumer<Draft> change) {
    Draft draft = new Draft();
    change.accept(draft);
    return draft.build();
  }

  private List<FieldProblem> problemsOf(Consumer<Draft> change) {
    return validator.validate(validWith(change));
  }

  /** The change must cause exactly one problem, at that field, with a message containing that text. */
  private void assertOnlyProblem(Consumer<Draft> change, String field, String messagePart) {
    List<FieldProblem> problems = problemsOf(change);
    assertThat(problems).as("problems of the changed placement").hasSize(1);
    assertThat(problems.get(0).field()).isEqualTo(field);
    assertThat(problems.get(0).message()).contains(messagePart);
  }

  private void assertNoProblem(Consumer<Draft> change) {
    assertThat(problemsOf(change)).isEmpty();
  }

  // --- the valid placement ---------------------------------------------------------------------------------

  @Test
  void fully_valid_placement_has_no_problems() {
    assertThat(validator.validate(valid())).isEmpty();
  }

  @Test
  void missing_placement_is_reported() {
    assertThat(validator.validate(null)).containsExactly(new FieldProblem("", "the account is missing"));
  }

  @Test
  void optional_fields_may_be_omitted() {
    assertNoProblem(d -> {
      d.currency = null;
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.itemizationDate = LocalDate.of(2025, 6, 30);
      d.interest = null;
      d.fees = null;
      d.paymentsAndCredits = null;
      d.chargeOffDate = null;
      d.chargeOffBalance = null;
      d.lastPaymentDate = null;
      d.lastPaymentAmount = null;
      d.dateOfBirth = null;
      d.preferredLanguage = null;
      d.line2 = null;
      d.phones = null;
      d.emails = null;
    });
  }

  // --- required text and choices ------------------------------------------------------------------------------

  @Test
  void missing_creditor_code_is_required() {
    assertOnlyProblem(d -> d.creditorCode = null, "creditorCode", "is required");
  }

  @Test
  void blank_creditor_code_is_required() {
    assertOnlyProblem(d -> d.creditorCode = "   ", "creditorCode", "is required");
  }

  @Test
  void creditor_code_longer_than_32_characters_is_refused() {
    assertOnlyProblem(d -> d.creditorCode = "C".repeat(33), "creditorCode", "is longer than 32 characters");
  }

  @Test
  void missing_account_number_is_required() {
    assertOnlyProblem(d -> d.accountNumber = null, "accountNumber", "is required");
  }

  @Test
  void account_number_with_illegal_characters_is_refused() {
    assertOnlyProblem(d -> d.accountNumber = "4000#1234", "accountNumber",
        "may hold letters, digits, spaces and . _ / - only");
  }

  @Test
  void account_number_starting_with_punctuation_is_refused() {
    assertOnlyProblem(d -> d.accountNumber = "-4000", "accountNumber", "may hold letters, digits");
  }

  @Test
  void account_number_longer_than_64_characters_is_refused() {
    assertOnlyProblem(d -> d.accountNumber = "1".repeat(65), "accountNumber", "is longer than 64 characters");
  }

  @Test
  void missing_original_creditor_is_required() {
    assertOnlyProblem(d -> d.originalCreditor = "", "originalCreditor", "is required");
  }

  @Test
  void missing_current_creditor_is_required() {
    assertOnlyProblem(d -> d.currentCreditor = null, "currentCreditor", "is required");
  }

  @Test
  void missing_product_is_required() {
    assertOnlyProblem(d -> d.product = null, "product", "is required");
  }

  @Test
  void missing_debtor_first_name_is_required() {
    assertOnlyProblem(d -> d.firstName = " ", "debtor.firstName", "is required");
  }

  @Test
  void missing_debtor_last_name_is_required() {
    assertOnlyProblem(d -> d.lastName = null, "debtor.lastName", "is required");
  }

  @Test
  void missing_address_is_required() {
    assertOnlyProblem(d -> d.withAddress = false, "debtor.address", "is required");
  }

  @Test
  void missing_address_line1_is_required() {
    assertOnlyProblem(d -> d.line1 = null, "debtor.address.line1", "is required");
  }

  @Test
  void missing_address_city_is_required() {
    assertOnlyProblem(d -> d.city = "", "debtor.address.city", "is required");
  }

  @Test
  void missing_address_state_is_required() {
    assertOnlyProblem(d -> d.state = null, "debtor.address.state", "is required");
  }

  @Test
  void missing_address_postal_code_is_required() {
    assertOnlyProblem(d -> d.postalCode = null, "debtor.address.postalCode", "is required");
  }

  @Test
  void address_line2_longer_than_200_characters_is_refused() {
    assertOnlyProblem(d -> d.line2 = "x".repeat(201), "debtor.address.line2", "longer than 200 characters");
  }

  @Test
  void missing_delinquency_date_is_required() {
    assertOnlyProblem(d -> {
      d.delinquencyDate = null;
    }, "delinquencyDate", "is required");
  }

  @Test
  void missing_itemization_is_required() {
    Placement p = valid();
    Placement withoutItemization = new Placement(p.creditorCode(), p.accountNumber(), p.originalCreditor(),
        p.currentCreditor(), p.product(), p.currency(), null, p.chargeOffDate(), p.chargeOffBalance(),
        p.lastPaymentDate(), p.lastPaymentAmount(), p.delinquencyDate(), p.debtor());
    assertThat(validator.validate(withoutItemization)).containsExactly(new FieldProblem("itemization", "is required"));
  }

  @Test
  void missing_debtor_is_required() {
    Placement p = valid();
    Placement withoutDebtor = new Placement(p.creditorCode(), p.accountNumber(), p.originalCreditor(),
        p.currentCreditor(), p.product(), p.currency(), p.itemization(), p.chargeOffDate(), p.chargeOffBalance(),
        p.lastPaymentDate(), p.lastPaymentAmount(), p.delinquencyDate(), null);
    assertThat(validator.validate(withoutDebtor)).containsExactly(new FieldProblem("debtor", "is required"));
  }

  @Test
  void missing_itemization_fields_are_required() {
    List<FieldProblem> problems = problemsOf(d -> {
      d.dateType = null;
      d.itemizationDate = null;
      d.amount = null;
    });
    assertThat(problems).containsExactlyInAnyOrder(
        new FieldProblem("itemization.dateType", "is required"),
        new FieldProblem("itemization.date", "is required"),
        new FieldProblem("itemization.amount", "is required"));
  }

  // --- currency -----------------------------------------------------------------------------------------------

  @Test
  void unknown_currency_code_is_refused() {
    assertOnlyProblem(d -> d.currency = "DOLLARS", "currency", "'DOLLARS' is not an ISO 4217 currency code");
  }

  @Test
  void lower_case_currency_code_is_accepted() {
    assertNoProblem(d -> d.currency = " usd ");
  }

  // --- amounts ------------------------------------------------------------------------------------------------

  @Test
  void negative_itemization_amount_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.amount = new BigDecimal("-5.00");
    }, "itemization.amount", "must be greater than zero, not -5.00");
  }

  @Test
  void zero_itemization_amount_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.amount = new BigDecimal("0.00");
    }, "itemization.amount", "must be greater than zero");
  }

  @Test
  void itemization_amount_with_three_decimals_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.amount = new BigDecimal("2450.001");
    }, "itemization.amount", "2450.001 has more than two decimals");
  }

  @Test
  void trailing_zero_decimals_are_not_counted_as_decimals() {
    assertNoProblem(d -> {
      d.amount = new BigDecimal("2450.0000");
      d.chargeOffBalance = new BigDecimal("2450");
    });
  }

  @Test
  void itemization_amount_above_ten_million_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.amount = new BigDecimal("10000000.01");
    }, "itemization.amount", "10000000.01 is larger than 10,000,000.00");
  }

  @Test
  void itemization_amount_of_exactly_ten_million_is_accepted() {
    assertNoProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.amount = new BigDecimal("10000000.00");
    });
  }

  @Test
  void zero_interest_and_fees_are_allowed() {
    assertNoProblem(d -> {
      d.interest = BigDecimal.ZERO;
      d.fees = BigDecimal.ZERO;
      d.paymentsAndCredits = BigDecimal.ZERO;
    });
  }

  @Test
  void negative_interest_is_refused() {
    assertOnlyProblem(d -> d.interest = new BigDecimal("-1.00"), "itemization.interest",
        "must be zero or more, not -1.00");
  }

  @Test
  void negative_fees_are_refused() {
    assertOnlyProblem(d -> d.fees = new BigDecimal("-0.01"), "itemization.fees", "must be zero or more, not -0.01");
  }

  @Test
  void negative_payments_and_credits_are_refused() {
    assertOnlyProblem(d -> d.paymentsAndCredits = new BigDecimal("-10"), "itemization.paymentsAndCredits",
        "must be zero or more");
  }

  @Test
  void payments_that_leave_nothing_owed_are_refused() {
    // 2450.00 + 0.00 + 25.00 - 2475.00 = 0.00
    assertOnlyProblem(d -> d.paymentsAndCredits = new BigDecimal("2475.00"), "itemization.paymentsAndCredits",
        "leave nothing owed: the balance would be 0.00");
  }

  @Test
  void payments_that_exceed_what_is_owed_are_refused() {
    assertOnlyProblem(d -> d.paymentsAndCredits = new BigDecimal("3000.00"), "itemization.paymentsAndCredits",
        "the balance would be -525.00");
  }

  @Test
  void payments_that_leave_one_cent_owed_are_accepted() {
    assertNoProblem(d -> d.paymentsAndCredits = new BigDecimal("2474.99"));
  }

  // --- dates --------------------------------------------------------------------------------------------------

  @Test
  void dates_of_today_are_accepted() {
    assertNoProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.itemizationDate = TODAY;
      d.chargeOffDate = TODAY;
      d.lastPaymentDate = TODAY;
      d.delinquencyDate = TODAY;
    });
  }

  @Test
  void today_is_taken_in_the_clock_zone_not_in_utc() {
    // 2026-11-21T03:00Z is still 2026-11-20 in New York: the 21st is tomorrow there.
    PlacementValidator lateEvening = new PlacementValidator(
        Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneId.of("America/New_York")));
    List<FieldProblem> problems = lateEvening.validate(validWith(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.itemizationDate = TOMORROW;
    }));
    assertThat(problems).containsExactly(new FieldProblem("itemization.date", "2026-11-21 is in the future"));
  }

  @Test
  void itemization_date_in_the_future_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.itemizationDate = TOMORROW;
    }, "itemization.date", "2026-11-21 is in the future");
  }

  @Test
  void itemization_date_before_1900_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.itemizationDate = LAST_DAY_OF_1899;
    }, "itemization.date", "1899-12-31 is before 1900");
  }

  @Test
  void delinquency_date_in_the_future_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.chargeOffDate = null;
      d.chargeOffBalance = null;
      d.delinquencyDate = TOMORROW;
    }, "delinquencyDate", "2026-11-21 is in the future");
  }

  @Test
  void delinquency_date_before_1900_is_refused() {
    assertOnlyProblem(d -> d.delinquencyDate = LAST_DAY_OF_1899, "delinquencyDate", "1899-12-31 is before 1900");
  }

  @Test
  void date_of_birth_in_the_future_is_refused() {
    assertOnlyProblem(d -> d.dateOfBirth = TOMORROW, "debtor.dateOfBirth", "2026-11-21 is in the future");
  }

  @Test
  void date_of_birth_before_1900_is_refused() {
    assertOnlyProblem(d -> d.dateOfBirth = LAST_DAY_OF_1899, "debtor.dateOfBirth", "1899-12-31 is before 1900");
  }

  @Test
  void last_payment_date_in_the_future_is_refused() {
    assertOnlyProblem(d -> d.lastPaymentDate = TOMORROW, "lastPaymentDate", "2026-11-21 is in the future");
  }

  // --- charge-off and last payment ----------------------------------------------------------------------------

  @Test
  void charge_off_date_before_delinquency_date_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.chargeOffDate = LocalDate.of(2025, 1, 14);
    }, "chargeOffDate", "is before the delinquency date 2025-01-15");
  }

  @Test
  void charge_off_on_the_delinquency_date_is_accepted() {
    assertNoProblem(d -> {
      d.chargeOffDate = d.delinquencyDate;
      d.itemizationDate = d.delinquencyDate;
    });
  }

  @Test
  void charge_off_balance_without_charge_off_date_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.chargeOffDate = null;
    }, "chargeOffDate", "is required with a charge-off balance");
  }

  @Test
  void charge_off_date_without_charge_off_balance_is_refused() {
    assertOnlyProblem(d -> d.chargeOffBalance = null, "chargeOffBalance", "is required");
  }

  @Test
  void last_payment_amount_without_last_payment_date_is_refused() {
    assertOnlyProblem(d -> d.lastPaymentDate = null, "lastPaymentDate", "is required with a last payment amount");
  }

  @Test
  void last_payment_date_without_last_payment_amount_is_refused() {
    assertOnlyProblem(d -> d.lastPaymentAmount = null, "lastPaymentAmount", "is required");
  }

  @Test
  void zero_last_payment_amount_is_refused() {
    assertOnlyProblem(d -> d.lastPaymentAmount = BigDecimal.ZERO, "lastPaymentAmount", "must be greater than zero");
  }

  // --- the itemization date agrees with the account's dates ---------------------------------------------------

  @Test
  void charge_off_itemization_with_another_date_than_the_charge_off_date_is_refused() {
    assertOnlyProblem(d -> d.itemizationDate = LocalDate.of(2025, 8, 1), "itemization.date",
        "must be the charge-off date 2025-07-15");
  }

  @Test
  void charge_off_itemization_with_another_amount_than_the_charge_off_balance_is_refused() {
    assertOnlyProblem(d -> d.amount = new BigDecimal("2400.00"), "itemization.amount",
        "must be the charge-off balance 2450.00");
  }

  @Test
  void charge_off_itemization_amount_is_compared_by_value_not_scale() {
    assertNoProblem(d -> d.amount = new BigDecimal("2450.0"));
  }

  @Test
  void charge_off_itemization_without_charge_off_date_is_refused() {
    assertOnlyProblem(d -> {
      d.chargeOffDate = null;
      d.chargeOffBalance = null;
    }, "chargeOffDate", "is required when the itemization date is the charge-off date");
  }

  @Test
  void last_payment_itemization_without_last_payment_date_is_refused() {
    assertOnlyProblem(d -> {
      d.dateType = ItemizationDateType.LAST_PAYMENT;
      d.lastPaymentDate = null;
      d.lastPaymentAmount = null;
    }, "lastPaymentDate", "is required when the itemization date is the last payment date");
  }

  @Test
  void last_payment_itemization_with_another_date_than_the_last_payment_date_is_refused() {
    assertOnlyProblem(d -> d.dateType = ItemizationDateType.LAST_PAYMENT, "itemization.date",
        "must be the last payment date 2024-12-20");
  }

  @Test
  void last_payment_itemization_on_the_last_payment_date_is_accepted() {
    assertNoProblem(d -> {
      d.dateType = ItemizationDateType.LAST_PAYMENT;
      d.itemizationDate = d.lastPaymentDate;
    });
  }

  // --- contact details ----------------------------------------------------------------------------------------

  @Test
  void bad_phone_number_is_reported_at_its_index() {
    assertOnlyProblem(d -> d.phones.set(1, new Placement.Phone("555-01", PhoneKind.HOME)),
        "debtor.phones[1].number", "'555-01'");
  }

  @Test
  void phone_that_is_not_a_number_is_reported_at_its_index() {
    assertOnlyProblem(d -> d.phones.set(1, new Placement.Phone("call me", PhoneKind.HOME)),
        "debtor.phones[1].number", "'call me' is not a");
  }

  @Test
  void blank_phone_number_is_required_at_its_index() {
    assertOnlyProblem(d -> d.phones.set(0, new Placement.Phone(" ", PhoneKind.MOBILE)),
        "debtor.phones[0].number", "is required");
  }

  @Test
  void bad_email_is_reported_at_its_index() {
    assertOnlyProblem(d -> d.emails.set(0, new Placement.Email("maria.lopez@example", true)),
        "debtor.emails[0].address", "'maria.lopez@example' is not an e-mail address");
  }

  @Test
  void second_bad_email_is_reported_at_index_one() {
    assertOnlyProblem(d -> d.emails.add(new Placement.Email("two@@example.com", false)),
        "debtor.emails[1].address", "'two@@example.com' is not an e-mail address");
  }

  @Test
  void bad_state_code_is_refused() {
    assertOnlyProblem(d -> d.state = "ZZ", "debtor.address.state", "'ZZ' is not a US state code");
  }

  @Test
  void state_name_instead_of_code_is_refused() {
    assertOnlyProblem(d -> d.state = "Texas", "debtor.address.state", "is longer than 2 characters");
  }

  @Test
  void lower_case_state_code_is_accepted() {
    assertNoProblem(d -> d.state = "tx");
  }

  @Test
  void bad_zip_is_refused() {
    assertOnlyProblem(d -> d.postalCode = "7870", "debtor.address.postalCode",
        "'7870' is not a ZIP code (12345 or 12345-6789)");
  }

  @Test
  void zip_with_short_extension_is_refused() {
    assertOnlyProblem(d -> d.postalCode = "78701-12", "debtor.address.postalCode", "is not a ZIP code");
  }

  @Test
  void zip_plus_four_is_accepted() {
    assertNoProblem(d -> d.postalCode = "78701-1234");
  }

  @Test
  void unsupported_language_is_refused() {
    assertOnlyProblem(d -> d.preferredLanguage = "fr", "debtor.preferredLanguage", "unsupported language 'fr'");
  }

  @Test
  void regional_language_tag_is_accepted() {
    assertNoProblem(d -> d.preferredLanguage = "es-US");
  }

  // --- all problems at once -----------------------------------------------------------------------------------

  @Test
  void several_problems_are_reported_together() {
    List<FieldProblem> problems = problemsOf(d -> {
      d.creditorCode = null;
      d.accountNumber = "bad#number";
      d.currency = "XX";
      d.dateType = ItemizationDateType.LAST_STATEMENT;
      d.amount = new BigDecimal("-1");
      d.dateOfBirth = TOMORROW;
      d.state = "ZZ";
      d.postalCode = "ABCDE";
      d.phones.set(1, new Placement.Phone("nope", PhoneKind.HOME));
      d.emails.set(0, new Placement.Email("nobody", null));
    });
    assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder(
        "creditorCode",
        "accountNumber",
        "currency",
        "itemization.amount",
        "debtor.dateOfBirth",
        "debtor.address.state",
        "debtor.address.postalCode",
        "debtor.phones[1].number",
        "debtor.emails[0].address");
  }
}
