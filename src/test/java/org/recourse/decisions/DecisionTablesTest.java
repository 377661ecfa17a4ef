package org.recourse.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.legal.internal.referral.EligibilityCondition;

/** Every rule of each decision table, with its edges, evaluated on its own by the DMN engine. */
class DecisionTablesTest {

  /** Configured as the application's engine evaluates decisions: FEEL's legacy (Java) behaviour, see application.yml. */
  private static final DmnEngine DMN = ((org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration)
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();

  static DmnDecision decision(String file, String key) {
    try (InputStream model = DecisionTablesTest.class.getResourceAsStream("/processes/" + file)) {
      return DMN.parseDecision(key, model);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Nested
  class CollectionStrategy {

    private final DmnDecision strategy = decision("collection-strategy.dmn", "collection-strategy");

    @ParameterizedTest(name = "phone={0} email={1} balance={2} days={3} -> {4}/{5}/{6}")
    @CsvSource({
        // no contact data at all, whatever the balance
        "false, false, 50000.00, 30,   NO_CONTACT_DATA, 40, skip-trace",
        // an e-mail address but no phone
        "false, true,  50000.00, 30,   DIGITAL_ONLY,    45, digital",
        // high balance: from 10,000.00 on
        "true,  false, 10000.00, 900,  HIGH_BALANCE,    80, high-balance",
        "true,  true,  9999.99,  100,  PRIME,           70, early-stage",
        // aged: more than 730 days
        "true,  true,  9999.99,  731,  AGED,            30, late-stage",
        "true,  true,  9999.99,  730,  PRIME,           70, early-stage",
        // prime: from 2,500.00 on
        "true,  true,  2500.00,  400,  PRIME,           70, early-stage",
        // standard: up to 365 days
        "true,  true,  2499.99,  365,  STANDARD,        50, early-stage",
        // seasoned: small balances, one to two years
        "true,  true,  2499.99,  366,  SEASONED,        40, late-stage",
    })
    void every_rule(boolean hasPhone, boolean hasEmail, double balance, long days, String segment, int priority,
        String queue) {
      DmnDecisionResultEntries result = DMN.evaluateDecision(strategy, Map.of("hasPhone", hasPhone,
          "hasEmail", hasEmail, "balance", balance, "daysDelinquent", days)).getSingleResult();

      assertThat(result.<String>getEntry("segment")).isEqualTo(segment);
      assertThat(result.<Number>getEntry("priority").intValue()).isEqualTo(priority);
      assertThat(result.<String>getEntry("queue")).isEqualTo(queue);
    }
  }

  @Nested
  class SettlementAuthority {

    private final DmnDecision authority = decision("settlement-authority.dmn", "settlement-authority");

    @ParameterizedTest(name = "discount {0}% on {1}, {2} days old -> {3}")
    @CsvSource({
        // Up to 10 % off, any balance, any age.
        "0.00,  100000.00, 30,   collectors",
        "10.00, 100000.00, 30,   collectors",
        "10.01, 100000.00, 30,   managers",
        // Up to 25 % off a balance under $5,000.
        "25.00, 4999.99,   30,   collectors",
        "25.01, 4999.99,   30,   managers",
        "25.00, 5000.00,   30,   managers",
        // Up to 40 % off a balance under $10,000 two years or more in default.
        "40.00, 9999.99,   730,  collectors",
        "40.00, 9999.99,   729,  managers",
        "40.01, 9999.99,   900,  managers",
        "40.00, 10000.00,  900,  managers",
        "30.00, 4000.00,   1500, collectors",
        // Anything deeper.
        "60.00, 800.00,    2000, managers",
    })
    void every_rule(double discountPercent, double balance, long accountAgeDays, String approverGroup) {
      String decided = DMN.evaluateDecision(authority, Map.of("discountPercent", discountPercent, "balance", balance,
          "accountAgeDays", accountAgeDays)).getSingleResult().getSingleEntry();

      assertThat(decided).isEqualTo(approverGroup);
    }
  }

  @Nested
  class LegalEligibility {

    private final DmnDecision eligibility = decision("legal-eligibility.dmn", "legal-eligibility");

    /** A case that meets every condition, at the edge of each: the minimum balance, the waiting period's last day. */
    private Map<String, Object> eligibleCase() {
      Map<String, Object> facts = new HashMap<>();
      facts.put("balance", 1000.00);
      facts.put("minimumBalance", 1000.00);
      facts.put("validationPeriodOver", true);
      facts.put("openDispute", false);
      facts.put("holdInForce", false);
      facts.put("timeBarred", false);
      facts.put("bankrupt", false);
      facts.put("finalDemandSent", true);
      facts.put("daysSinceFinalDemand", 30L);
      facts.put("waitingPeriodDays", 30L);
      facts.put("debtorLocated", true);
      return facts;
    }

    private DmnDecisionResult decide(Map<String, Object> facts) {
      return DMN.evaluateDecision(eligibility, facts);
    }

    private List<String> reasons(DmnDecisionResult result) {
      return result.getResultList().stream().filter(rule -> Boolean.FALSE.equals(rule.get("eligible")))
          .map(rule -> (String) rule.get("reason")).toList();
    }

    @Test
    void a_case_meeting_every_condition_is_eligible_with_no_reason() {
      DmnDecisionResult result = decide(eligibleCase());

      assertThat(result.getResultList()).hasSize(1);
      assertThat(result.getSingleResult().<Boolean>getEntry("eligible")).isTrue();
      assertThat(result.getSingleResult().getEntryMap()).doesNotContainKeys("reason", "explanation");
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource({
        // the balance: at the minimum is enough, a cent below is not
        "balance,              999.99, BALANCE_BELOW_MINIMUM",
        "balance,              0.00,   BALANCE_BELOW_MINIMUM",
        "minimumBalance,       1000.01, BALANCE_BELOW_MINIMUM",
        "validationPeriodOver, false,  VALIDATION_PERIOD_NOT_OVER",
        "openDispute,          true,   OPEN_DISPUTE",
        "holdInForce,          true,   HOLD_IN_FORCE",
        "timeBarred,           true,   TIME_BARRED",
        "bankrupt,             true,   BANKRUPT",
        // the waiting period: its 29th day is too early, the 30th (the edge case above) is not
        "daysSinceFinalDemand, 29,     FINAL_DEMAND_PERIOD_RUNNING",
        "daysSinceFinalDemand, 0,      FINAL_DEMAND_PERIOD_RUNNING",
        "waitingPeriodDays,    31,     FINAL_DEMAND_PERIOD_RUNNING",
        "debtorLocated,        false,  DEBTOR_NOT_LOCATED",
    })
    void each_failing_condition_is_the_one_reason_given(String input, String value, String reason) {
      Map<String, Object> facts = eligibleCase();
      Object typed = switch (value) {
        case "true", "false" -> Boolean.parseBoolean(value);
        default -> value.contains(".") ? (Object) Double.parseDouble(value) : (Object) Long.parseLong(value);
      };
      facts.put(input, typed);

      DmnDecisionResult result = decide(facts);

      assertThat(reasons(result)).containsExactly(reason);
      assertThat(result.getResultList()).noneMatch(rule -> Boolean.TRUE.equals(rule.get("eligible")));
      assertThat(result.getResultList()).allSatisfy(rule -> assertThat((String) rule.get("explanation")).isNotBlank());
    }

    @Test
    void no_final_demand_is_one_reason_not_also_a_running_waiting_period() {
      Map<String, Object> facts = eligibleCase();
      facts.put("finalDemandSent", false);
      facts.put("daysSinceFinalDemand", 0L);

      assertThat(reasons(decide(facts))).containsExactly("NO_FINAL_DEMAND");
    }

    @Test
    void without_a_waiting_period_the_final_demand_day_itself_is_enough() {
      Map<String, Object> facts = eligibleCase();
      facts.put("daysSinceFinalDemand", 0L);
      facts.put("waitingPeriodDays", 0L);

      assertThat(decide(facts).getSingleResult().<Boolean>getEntry("eligible")).isTrue();
    }

    @Test
    void a_case_failing_everything_hears_every_reason_at_once() {
      Map<String, Object> facts = new HashMap<>(Map.of("balance", 250.00, "minimumBalance", 1000.00,
          "validationPeriodOver", false, "openDispute", true, "holdInForce", true, "timeBarred", true,
          "bankrupt", true, "finalDemandSent", false, "daysSinceFinalDemand", 0L, "waitingPeriodDays", 30L));
      facts.put("debtorLocated", false);

      assertThat(reasons(decide(facts))).containsExactly("BALANCE_BELOW_MINIMUM", "VALIDATION_PERIOD_NOT_OVER",
          "OPEN_DISPUTE", "HOLD_IN_FORCE", "TIME_BARRED", "BANKRUPT", "NO_FINAL_DEMAND", "DEBTOR_NOT_LOCATED");
    }

    @Test
    void every_reason_is_a_condition_recourse_knows() {
      Map<String, Object> facts = new HashMap<>(Map.of("balance", 1.00, "minimumBalance", 1000.00,
          "validationPeriodOver", false, "openDispute", true, "holdInForce", true, "timeBarred", true,
          "bankrupt", true, "finalDemandSent", true, "daysSinceFinalDemand", 1L, "waitingPeriodDays", 30L));
      facts.put("debtorLocated", false);

      assertThat(reasons(decide(facts))).hasSize(EligibilityCondition.values().length - 1)
          .allSatisfy(reason -> EligibilityCondition.valueOf(reason));
    }
  }
}
