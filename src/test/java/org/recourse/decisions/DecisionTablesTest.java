package org.recourse.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
