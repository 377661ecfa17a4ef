package org.recourse.account;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** An account to register, already validated: phones in E.164, the state known. */
public record NewAccount(
    Creditor creditor,
    String accountNumber,
    String originalCreditor,
    String currentCreditor,
    Product product,
    Currency currency,
    Itemization itemization,
    DatedAmount chargeOff,
    DatedAmount lastPayment,
    LocalDate delinquencyDate,
    NewDebtor debtor) {

  public record NewDebtor(
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      Language preferredLanguage,
      PostalAddress address,
      List<Phone> phones,
      List<Email> emails) {
  }

  public record Phone(String e164, PhoneKind kind) {
  }

  public record Email(String address, boolean consentToEmail) {
  }
}
