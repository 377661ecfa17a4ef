package org.recourse.payment;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Posting payments over the API: once per reference, with every bad input refused by field. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class PaymentApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  AccountIntake intake;

  private String caseNumber;

  @BeforeEach
  void aCase() {
    TestData.usersAndCreditors(identity, accounts);
    caseNumber = ((PlacementOutcome.Placed) intake.place(TestData.placement(TestData.accountNumber(), "400.00"), "admin"))
        .caseNumber();
  }

  @Test
  void a_payment_is_posted_once_and_the_same_reference_again_changes_nothing() throws Exception {
    pay(caseNumber, "ACH-1-" + caseNumber, "100.00", LocalDate.now().toString())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.alreadyPosted").value(false))
        .andExpect(jsonPath("$.balance").value(335.00));

    pay(caseNumber, "ACH-1-" + caseNumber, "100.00", LocalDate.now().toString())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.alreadyPosted").value(true))
        .andExpect(jsonPath("$.balance").value(335.00));
  }

  @Test
  void a_reference_already_used_for_another_payment_is_a_conflict_naming_the_reference() throws Exception {
    pay(caseNumber, "ACH-2-" + caseNumber, "50.00", LocalDate.now().toString()).andExpect(status().isCreated());

    pay(caseNumber, "ACH-2-" + caseNumber, "75.00", LocalDate.now().toString())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("reference"));
  }

  @Test
  void bad_payments_are_refused_by_field() throws Exception {
    pay(caseNumber, "ACH-3", "-5.00", LocalDate.now().toString())
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
    pay(caseNumber, "ACH-3", "10.001", LocalDate.now().toString())
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
    pay(caseNumber, "ACH-3", "10.00", LocalDate.now().plusDays(3).toString())
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
    pay(caseNumber, "", "10.00", LocalDate.now().toString())
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reference"));
  }

  @Test
  void a_payment_for_an_unknown_case_is_not_found() throws Exception {
    pay("RC-9999999", "ACH-4", "10.00", LocalDate.now().toString())
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail", containsString("RC-9999999")));
    pay("not-a-case", "ACH-5", "10.00", LocalDate.now().toString())
        .andExpect(status().isNotFound());
  }

  private ResultActions pay(String caseNumber, String reference, String amount, String receivedOn) throws Exception {
    return mvc.perform(post("/api/payments").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
        .content("""
            {"caseNumber": "%s", "reference": "%s", "amount": %s, "receivedOn": "%s"}
            """.formatted(caseNumber, reference, amount, receivedOn)));
  }
}
