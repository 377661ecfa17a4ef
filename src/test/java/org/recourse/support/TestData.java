package org.recourse.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.recourse.account.AccountRegistry;
import org.recourse.security.Roles;

/** Users, creditors and placements for the Spring tests. Every user's password is its user id. */
public final class TestData {

  public static final String CREDITOR = "TST";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  private TestData() {
  }

  public static void usersAndCreditors(IdentityService identity, AccountRegistry accounts) {
    for (Map.Entry<String, String> user : Map.of("collector", Roles.COLLECTORS, "collector2", Roles.COLLECTORS,
        "manager", Roles.MANAGERS, "manager2", Roles.MANAGERS, "legal", Roles.LEGAL, "admin", Roles.ADMIN).entrySet()) {
      if (identity.createUserQuery().userId(user.getKey()).count() == 0) {
        User created = identity.newUser(user.getKey());
        created.setFirstName(user.getKey());
        created.setLastName("Tester");
        created.setPassword(user.getKey());
        identity.saveUser(created);
        identity.createMembership(user.getKey(), user.getValue());
      }
    }
    accounts.registerCreditor(CREDITOR, "Test Creditor Bank");
  }

  /** A fresh account number, unique in the test run. */
  public static String accountNumber() {
    return "ACC-" + System.nanoTime() % 1_000_000_000L + "-" + ACCOUNTS.incrementAndGet();
  }

  /** A valid placement as JSON: a charged-off credit card of {@code amount} in Texas. */
  public static String placementJson(String accountNumber, String amount) {
    return """
        {
          "creditorCode": "%s",
          "accountNumber": "%s",
          "originalCreditor": "Test Creditor Bank",
          "currentCreditor": "Test Creditor Bank",
          "product": "CREDIT_CARD",
          "currency": "USD",
          "itemization": {"dateType": "CHARGE_OFF", "date": "2025-06-30", "amount": %s, "fees": 35.00},
          "chargeOffDate": "2025-06-30",
          "chargeOffBalance": %s,
          "lastPaymentDate": "2025-01-15",
          "lastPaymentAmount": 80.00,
          "delinquencyDate": "2025-01-02",
          "debtor": {
            "firstName": "Maria",
            "lastName": "Lopez",
            "dateOfBirth": "1984-05-02",
            "preferredLanguage": "es",
            "address": {"line1": "1200 Congress Ave", "city": "Austin", "state": "TX", "postalCode": "78701"},
            "phones": [{"number": "(512) 555-0147", "kind": "MOBILE"}],
            "emails": [{"address": "maria.lopez@example.com", "consentToEmail": true}]
          }
        }
        """.formatted(CREDITOR, accountNumber, amount, amount);
  }

  public static List<String> groupsOf(String user) {
    return switch (user) {
      case "collector", "collector2" -> List.of(Roles.COLLECTORS);
      case "manager", "manager2" -> List.of(Roles.MANAGERS);
      case "legal" -> List.of(Roles.LEGAL);
      default -> List.of(Roles.ADMIN);
    };
  }
}
