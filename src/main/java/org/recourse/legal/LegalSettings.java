package org.recourse.legal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** How cases are referred to legal and litigated, as configuration ({@code recourse.legal.*}). */
@Component
@ConfigurationProperties("recourse.legal")
public class LegalSettings {

  /** The smallest balance worth a suit: below it the costs eat the recovery. */
  private BigDecimal minimumBalance = new BigDecimal("1000.00");
  /** The share of the balance a suit is expected to recover; managers weigh referrals and settlements by it. */
  private BigDecimal recoveryRate = new BigDecimal("0.60");
  /** What a suit is expected to cost (filing fee, service of process, counsel's flat fee), in the account's currency. */
  private BigDecimal estimatedCosts = new BigDecimal("450.00");
  /** The legal team's shared inbox: every referral and hearing reminder is e-mailed there. */
  private String inbox = "legal@recourse.example";
  /** How many days before a hearing the legal team is reminded of it. */
  private int hearingReminderDays = 3;
  /** The packet is attached to the referral e-mail up to this size; a larger one is linked only. */
  private DataSize attachPacketUpTo = DataSize.ofMegabytes(10);
  /** How far ahead a settlement in litigation may be due. */
  private int maxSettlementDaysAhead = 180;

  /** What legal action on {@code balance} is expected to bring: the balance at the recovery rate, less the costs. */
  public ExpectedRecovery expectedRecovery(BigDecimal balance, Currency currency) {
    BigDecimal expected = balance.multiply(recoveryRate).subtract(estimatedCosts).setScale(2, RoundingMode.HALF_UP);
    return ExpectedRecovery.of(expected.max(BigDecimal.ZERO.setScale(2)), balance, recoveryRate, estimatedCosts,
        currency);
  }

  public BigDecimal getMinimumBalance() {
    return minimumBalance;
  }

  public void setMinimumBalance(BigDecimal minimumBalance) {
    if (minimumBalance.signum() <= 0) {
      throw new IllegalArgumentException("recourse.legal.minimum-balance must be greater than zero");
    }
    this.minimumBalance = minimumBalance;
  }

  public BigDecimal getRecoveryRate() {
    return recoveryRate;
  }

  public void setRecoveryRate(BigDecimal recoveryRate) {
    if (recoveryRate.signum() < 0 || recoveryRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("recourse.legal.recovery-rate is a share between 0 and 1");
    }
    this.recoveryRate = recoveryRate;
  }

  public BigDecimal getEstimatedCosts() {
    return estimatedCosts;
  }

  public void setEstimatedCosts(BigDecimal estimatedCosts) {
    if (estimatedCosts.signum() < 0) {
      throw new IllegalArgumentException("recourse.legal.estimated-costs cannot be negative");
    }
    this.estimatedCosts = estimatedCosts;
  }

  public String getInbox() {
    return inbox;
  }

  public void setInbox(String inbox) {
    this.inbox = inbox;
  }

  public int getHearingReminderDays() {
    return hearingReminderDays;
  }

  public void setHearingReminderDays(int hearingReminderDays) {
    if (hearingReminderDays < 0) {
      throw new IllegalArgumentException("recourse.legal.hearing-reminder-days cannot be negative");
    }
    this.hearingReminderDays = hearingReminderDays;
  }

  public DataSize getAttachPacketUpTo() {
    return attachPacketUpTo;
  }

  public void setAttachPacketUpTo(DataSize attachPacketUpTo) {
    this.attachPacketUpTo = attachPacketUpTo;
  }

  public int getMaxSettlementDaysAhead() {
    return maxSettlementDaysAhead;
  }

  public void setMaxSettlementDaysAhead(int maxSettlementDaysAhead) {
    this.maxSettlementDaysAhead = maxSettlementDaysAhead;
  }
}
