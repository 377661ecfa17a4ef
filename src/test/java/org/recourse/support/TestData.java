package org.recourse.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.recourse.account.AccountRegistry;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.PhoneKind;
import org.recourse.account.Product;
import org.recourse.intake.internal.Placement;
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

  /** The same placement as {@link #placementJson}, as the record the intake takes. */
  public static Placement placement(String accountNumber, String amount) {
    return placement(accountNumber, amount, "maria.lopez@example.com");
  }

  /** As {@link #placement(String, String)}, with a consented e-mail address, or none if {@code email} is null. */
  public static Placement placement(String accountNumber, String amount, String email) {
    BigDecimal owed = new BigDecimal(amount);
    return new Placement(CREDITOR, accountNumber, "Test Creditor Bank", "Test Creditor Bank", Product.CREDIT_CARD,
        "USD", new Placement.Itemization(ItemizationDateType.CHARGE_OFF, LocalDate.of(2025, 6, 30), owed, null,
            new BigDecimal("35.00"), null),
        LocalDate.of(2025, 6, 30), owed, LocalDate.of(2025, 1, 15), new BigDecimal("80.00"), LocalDate.of(2025, 1, 2),
        new Placement.Debtor("Maria", "Lopez", LocalDate.of(1984, 5, 2), "es",
            new Placement.Address("1200 Congress Ave", null, "Austin", "TX", "78701"),
            List.of(new Placement.Phone("(512) 555-0147", PhoneKind.MOBILE)),
            email == null ? List.of() : List.of(new Placement.Email(email, true))));
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
