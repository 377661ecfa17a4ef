package org.recourse.compliance.internal;

import java.util.HashMap;
import java.util.Map;
import org.recourse.account.UsState;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * State overlays of the contact rules and the limitation periods, as configuration ({@code recourse.compliance.*}).
 */
@Component
@ConfigurationProperties("recourse.compliance")
public class ComplianceSettings {

  /** Per state: a stricter limit of collector-initiated calls and texts in seven days, and the rule's name. */
  private Map<UsState, StateOverlay> stateOverlays = new HashMap<>();

  /**
   * Statutes of limitations per state, as counsel maintains them. A state without an entry gets
   * {@code default-limitation}: set it to the shortest period any state uses, so that no debt is ever treated as
   * suable for longer than the law might allow.
   */
  private Map<UsState, LimitationPeriod> limitations = new HashMap<>();
  private LimitationPeriod defaultLimitation = new LimitationPeriod();

  public Map<UsState, LimitationPeriod> getLimitations() {
    return limitations;
  }

  public void setLimitations(Map<UsState, LimitationPeriod> limitations) {
    this.limitations = limitations;
  }

  public LimitationPeriod getDefaultLimitation() {
    return defaultLimitation;
  }

  public void setDefaultLimitation(LimitationPeriod defaultLimitation) {
    this.defaultLimitation = defaultLimitation;
  }

  /** The period that governs a debtor in {@code state}. */
  public LimitationPeriod limitationFor(UsState state) {
    return limitations.getOrDefault(state, defaultLimitation);
  }

  public Map<UsState, StateOverlay> getStateOverlays() {
    return stateOverlays;
  }

  public void setStateOverlays(Map<UsState, StateOverlay> stateOverlays) {
    this.stateOverlays = stateOverlays;
  }

  public static class StateOverlay {
    private Integer callsAndTextsPer7Days;
    private String rule;

    public Integer getCallsAndTextsPer7Days() {
      return callsAndTextsPer7Days;
    }

    public void setCallsAndTextsPer7Days(Integer callsAndTextsPer7Days) {
      this.callsAndTextsPer7Days = callsAndTextsPer7Days;
    }

    public String getRule() {
      return rule;
    }

    public void setRule(String rule) {
      this.rule = rule;
    }
  }

  /** One state's statute of limitations for consumer debt: how long, from when, and what a payment does to it. */
  public static class LimitationPeriod {
    private int years = 3;
    private LimitationClock clockStarts = LimitationClock.LAST_PAYMENT_OR_DELINQUENCY;
    /** Whether a payment starts the clock again on its date, even after the period ran out. */
    private boolean paymentRevives = true;
    /** Whether the state requires the time-barred notice in the first letter after the debt became time-barred. */
    private boolean timeBarredDisclosure;
    /** The statute, as letters and the court packet cite it. */
    private String statute;

    public int getYears() {
      return years;
    }

    public void setYears(int years) {
      if (years < 1) {
        throw new IllegalArgumentException("a limitation period is at least one year, not " + years);
      }
      this.years = years;
    }

    public LimitationClock getClockStarts() {
      return clockStarts;
    }

    public void setClockStarts(LimitationClock clockStarts) {
      this.clockStarts = clockStarts;
    }

    public boolean isPaymentRevives() {
      return paymentRevives;
    }

    public void setPaymentRevives(boolean paymentRevives) {
      this.paymentRevives = paymentRevives;
    }

    public boolean isTimeBarredDisclosure() {
      return timeBarredDisclosure;
    }

    public void setTimeBarredDisclosure(boolean timeBarredDisclosure) {
      this.timeBarredDisclosure = timeBarredDisclosure;
    }

    public String getStatute() {
      return statute;
    }

    public void setStatute(String statute) {
      this.statute = statute;
    }
  }
}
