package org.recourse.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CollectionCases;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.negotiation.CaseArrangements;
import org.recourse.payment.Ledger;
import org.recourse.platform.Money;
import org.recourse.support.CaseDriver;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a service refuses reads in the debtor's language, by the field it concerns, and nothing is written: the
 * negotiation's rules give their reason as a code the portal words in English or Spanish.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class PortalRefusalsTest {

  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy");

  @Autowired
  MockMvc mvc;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  AccountIntake intake;
  @Autowired
  CaseArrangements arrangements;
  @Autowired
  CollectionCases cases;
  @Autowired
  Ledger ledger;

  private String caseNumber;
  private MockHttpSession session;

  @BeforeEach
  void aDebtorSignedIn() throws Exception {
    TestData.usersAndCreditors(identity, accounts);
    caseNumber = ((PlacementOutcome.Placed) intake.place(TestData.placement(TestData.accountNumber(), "400.00"),
        "admin")).caseNumber();
    session = new MockHttpSession();
    mvc.perform(post("/portal/sign-in").session(session).with(csrf()).param("reference", caseNumber)
        .param("zip", "78701")).andExpect(redirectedUrl("/portal/case"));
  }

  private String page(String lang, String path, String... fields) throws Exception {
    mvc.perform(get("/portal/case").session(session).param("lang", lang));
    var request = post(path).session(session).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }

  @Test
  void a_promise_above_the_balance_is_refused_in_spanish_and_english_by_its_field() throws Exception {
    String in = LocalDate.now().plusDays(5).format(US);
    String balance = Money.usd(ledger.balance(cases.require(caseNumber).getAccountId()));
    assertThat(page("es", "/portal/promise", "amount", "500", "date", in))
        .contains("$500.00 es más que su saldo de " + balance + ". Prometa no más de lo que debe.")
        .contains("id=\"amount-error\"").doesNotContain("is more than");
    assertThat(page("en", "/portal/promise", "amount", "500", "date", in))
        .contains("$500.00 is more than your balance of " + balance + ".");
    assertThat(arrangements.of(caseNumber)).isEmpty();
  }

  @Test
  void a_plan_the_budget_does_not_carry_names_what_it_leaves_each_month() throws Exception {
    String first = LocalDate.now().plusDays(7).format(US);
    String refused = page("es", "/portal/plan", "step", "check", "monthlyIncome", "1000", "fixedCosts", "900",
        "flexibleCosts", "50", "otherDebts", "0", "installments", "2", "frequency", "MONTHLY", "firstDate", first);
    assertThat(refused).containsPattern("Pagos de \\$[0-9.]+ al mes son más de lo que su presupuesto deja "
        + "\\(\\$50\\.00 al mes\\)")
        .contains("id=\"installments-error\"");
    assertThat(arrangements.of(caseNumber)).isEmpty();
  }

  @Test
  void a_request_the_case_cannot_take_now_says_so_in_the_debtors_language() throws Exception {
    // The collector found nobody and the case waits for its next attempt: no collector's work to answer now.
    CaseDriver driver = new CaseDriver(runtime, management, tasks, identity);
    driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"),
        Map.of("outcome", "NO_CONTACT", "notes", "no answer"));
    String first = LocalDate.now().plusDays(3).format(US);
    assertThat(page("es", "/portal/settle", "amount", "200.00", "firstDate", first, "payments", "1"))
        .contains("No podemos tomar esta solicitud en el portal ahora. Llámenos, por favor.");
    assertThat(arrangements.of(caseNumber)).isEmpty();
  }
}
