package org.recourse.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A delinquent account as the creditor placed it. What is owed now is not stored here: it is derived from the
 * ledger, which opens with the itemization.
 */
@Entity
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "creditor_id")
  private Creditor creditor;

  @Column(nullable = false)
  private String accountNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "debtor_id")
  private Debtor debtor;

  @Column(nullable = false)
  private String originalCreditor;

  @Column(nullable = false)
  private String currentCreditor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Product product;

  @Column(nullable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ItemizationDateType itemizationDateType;

  @Column(nullable = false)
  private LocalDate itemizationDate;

  @Column(nullable = false)
  private BigDecimal itemizationAmount;

  private LocalDate chargeOffDate;
  private BigDecimal chargeOffBalance;
  private LocalDate lastPaymentDate;
  private BigDecimal lastPaymentAmount;

  @Column(nullable = false)
  private LocalDate delinquencyDate;

  @Column(nullable = false)
  private Instant placedAt;

  protected Account() {
  }

  public Account(Creditor creditor, String accountNumber, Debtor debtor, String originalCreditor,
      String currentCreditor, Product product, Currency currency, Itemization itemization, DatedAmount chargeOff,
      DatedAmount lastPayment, LocalDate delinquencyDate, Instant placedAt) {
    this.creditor = creditor;
    this.accountNumber = accountNumber;
    this.debtor = debtor;
    this.originalCreditor = originalCreditor;
    this.currentCreditor = currentCreditor;
    this.product = product;
    this.currency = currency.getCurrencyCode();
    this.itemizationDateType = itemization.dateType();
    this.itemizationDate = itemization.date();
    this.itemizationAmount = itemization.amount();
    if (chargeOff != null) {
      this.chargeOffDate = chargeOff.date();
      this.chargeOffBalance = chargeOff.amount();
    }
    if (lastPayment != null) {
      this.lastPaymentDate = lastPayment.date();
      this.lastPaymentAmount = lastPayment.amount();
    }
    this.delinquencyDate = delinquencyDate;
    this.placedAt = placedAt;
  }

  public Long getId() {
    return id;
  }

  public Creditor getCreditor() {
    return creditor;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  /** The account number as letters and screens show it: only the last four characters. */
  public String maskedAccountNumber() {
    int keep = Math.min(4, accountNumber.length());
    return "****" + accountNumber.substring(accountNumber.length() - keep);
  }

  public Debtor getDebtor() {
    return debtor;
  }

  public String getOriginalCreditor() {
    return originalCreditor;
  }

  public String getCurrentCreditor() {
    return currentCreditor;
  }

  public Product getProduct() {
    return product;
  }

  public Currency getCurrency() {
    return Currency.getInstance(currency);
  }

  public Itemization getItemization() {
    return new Itemization(itemizationDateType, itemizationDate, itemizationAmount);
  }

  public DatedAmount getChargeOff() {
    return chargeOffDate == null ? null : new DatedAmount(chargeOffDate, chargeOffBalance);
  }

  public DatedAmount getLastPayment() {
    return lastPaymentDate == null ? null : new DatedAmount(lastPaymentDate, lastPaymentAmount);
  }

  public LocalDate getDelinquencyDate() {
    return delinquencyDate;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }
}
