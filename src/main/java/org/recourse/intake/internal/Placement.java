package org.recourse.intake.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.PhoneKind;
import org.recourse.account.Product;

/**
 * One delinquent account as a creditor places it, over the API or as a row of a portfolio file. Nothing here is
 * trusted: {@link PlacementValidator} names every field that is wrong.
 */
@Schema(description = "A delinquent account placed for collection")
public record Placement(
    @Schema(description = "Code of the placing creditor, as registered in Recourse", example = "NWB")
    String creditorCode,
    @Schema(description = "The creditor's account number; with creditorCode it identifies the account", example = "4000123412341234")
    String accountNumber,
    @Schema(example = "Northwind Bank") String originalCreditor,
    @Schema(example = "Northwind Bank") String currentCreditor,
    Product product,
    @Schema(description = "ISO 4217 code; USD when omitted", example = "USD") String currency,
    Itemization itemization,
    @Schema(description = "Date the creditor charged the account off, if it did") LocalDate chargeOffDate,
    BigDecimal chargeOffBalance,
    LocalDate lastPaymentDate,
    BigDecimal lastPaymentAmount,
    @Schema(description = "First day the account was delinquent") LocalDate delinquencyDate,
    Debtor debtor) {

  /** The Regulation F itemization: the amount on the itemization date and what changed it since. */
  public record Itemization(
      ItemizationDateType dateType,
      LocalDate date,
      @Schema(description = "Amount owed on the itemization date", example = "2450.00") BigDecimal amount,
      @Schema(description = "Interest added since the itemization date; 0 when omitted") BigDecimal interest,
      @Schema(description = "Fees added since the itemization date; 0 when omitted") BigDecimal fees,
      @Schema(description = "Payments and credits since the itemization date; 0 when omitted") BigDecimal paymentsAndCredits) {
  }

  public record Debtor(
      @Schema(example = "Maria") String firstName,
      @Schema(example = "Lopez") String lastName,
      LocalDate dateOfBirth,
      @Schema(description = "en or es; en when omitted", example = "es") String preferredLanguage,
      Address address,
      List<Phone> phones,
      List<Email> emails) {
  }

  public record Address(
      @Schema(example = "1200 Congress Ave") String line1,
      String line2,
      @Schema(example = "Austin") String city,
      @Schema(description = "Two-letter US state code", example = "TX") String state,
      @Schema(example = "78701") String postalCode) {
  }

  public record Phone(
      @Schema(description = "Any common way of writing a US number, or +country code", example = "(512) 555-0147")
      String number,
      @Schema(description = "MOBILE when omitted") PhoneKind kind) {
  }

  public record Email(
      @Schema(example = "maria.lopez@example.com") String address,
      @Schema(description = "Whether the debtor agreed to be written to by e-mail; false when omitted")
      Boolean consentToEmail) {
  }
}
