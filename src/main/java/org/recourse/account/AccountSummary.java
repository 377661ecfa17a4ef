package org.recourse.account;

import java.util.Currency;
import java.time.LocalDate;
import java.util.List;

/** An account and its debtor as people read them on a task: a read-only projection, never an entity. */
public record AccountSummary(
    long accountId,
    String creditorCode,
    String originalCreditor,
    String currentCreditor,
    String maskedAccountNumber,
    Product product,
    Currency currency,
    LocalDate delinquencyDate,
    Itemization itemization,
    DatedAmount chargeOff,
    DatedAmount lastPayment,
    String debtorName,
    Language language,
    UsState state,
    PostalAddress mailingAddress,
    List<Phone> phones,
    List<Email> emails) {

  public record Phone(String e164, PhoneKind kind) {
  }

  public record Email(String address, boolean consentToEmail) {
  }
}
