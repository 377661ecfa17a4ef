package org.recourse.payment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.AccountIntake;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Reversals, the ledger view and refunds over HTTP: who may do what, and every refusal as a problem naming its field. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class RefundApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  Clock clock;
  @Autowired
  ObjectMapper json;
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
    caseNumber = Accounts.place(intake, "400.00", "12.50", "35.00", null);
  }

  @Test
  void a_payment_shows_how_it_was_applied_and_the_ledger_shows_every_part() throws Exception {
    pay("ACH-A-" + caseNumber, "40.00")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.applied.fees").value(35.00))
        .andExpect(jsonPath("$.applied.interest").value(5.00))
        .andExpect(jsonPath("$.applied.principal").value(0.00))
        .andExpect(jsonPath("$.balance").value(407.50));

    mvc.perform(get("/api/cases/" + caseNumber + "/ledger").with(httpBasic("collector", "collector")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.balance").value(407.50))
        .andExpect(jsonPath("$.principal").value(400.00))
        .andExpect(jsonPath("$.interest").value(7.50))
        .andExpect(jsonPath("$.fees").value(0.00))
        .andExpect(jsonPath("$.entries[3].kind").value("PAYMENT"))
        .andExpect(jsonPath("$.entries[3].fees").value(-35.00))
        .andExpect(jsonPath("$.entries[3].interest").value(-5.00));
  }

  @Test
  void a_reversal_is_created_once_then_answered_as_already_reversed() throws Exception {
    String reference = "ACH-R-" + caseNumber;
    pay(reference, "40.00").andExpect(status().isCreated());

    reverse(reference, "{\"reason\": \"RETURNED\", \"note\": \"NSF\", \"reversalReference\": \"RET-" + reference + "\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.alreadyReversed").value(false))
        .andExpect(jsonPath("$.restored.fees").value(35.00))
        .andExpect(jsonPath("$.restored.interest").value(5.00))
        .andExpect(jsonPath("$.balance").value(447.50));
    reverse(reference, "{\"reason\": \"RETURNED\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.alreadyReversed").value(true))
        .andExpect(jsonPath("$.balance").value(447.50));
    reverse("RET-" + reference, "{\"reason\": \"ERROR\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("reference"));
  }

  @Test
  void a_bad_reversal_is_refused_by_field() throws Exception {
    String reference = "ACH-B-" + caseNumber;
    pay(reference, "40.00").andExpect(status().isCreated());

    reverse(reference, "{\"reason\": \"BOUNCED\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"))
        .andExpect(jsonPath("$.errors[0].message", containsString("RETURNED, CHARGEBACK, ERROR")));
    reverse(reference, "{\"note\": \"no reason\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    reverse("NOT-POSTED-" + reference, "{\"reason\": \"ERROR\"}").andExpect(status().isNotFound());
    reverse(reference, "{\"reason\": \"ERROR\", \"reversalReference\": \"" + reference + "\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("reversalReference"));
    mvc.perform(post("/api/payments/" + reference + "/reversal").with(httpBasic("collector", "collector"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"ERROR\"}")).andExpect(status().isForbidden());
  }

  @Test
  void a_refund_is_requested_by_a_collector_listed_as_pending_and_decided_once_by_another_manager() throws Exception {
    pay("ACH-O-" + caseNumber, "500.00").andExpect(status().isCreated()).andExpect(jsonPath("$.creditBalance").value(52.50));

    requestRefund("collector", "{\"amount\": 60.00, \"reason\": \"Overpaid\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
    requestRefund("collector", "{\"amount\": 0, \"reason\": \"\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("amount")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
    String location = requestRefund("manager", "{\"amount\": 52.50, \"reason\": \"Overpaid\"}")
        .andExpect(status().isCreated())
        .andExpect(header().exists("Location"))
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andReturn().getResponse().getHeader("Location");
    long refundId = json.readTree(mvc.perform(get(location).with(httpBasic("manager", "manager")))
        .andReturn().getResponse().getContentAsString()).get("id").asLong();

    mvc.perform(get("/api/refunds").param("status", "PENDING").param("size", "500").with(httpBasic("manager2", "manager2")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].id", hasItem((int) refundId)));
    decide(refundId, "collector", "{\"approve\": true}").andExpect(status().isForbidden());
    decide(refundId, "manager", "{\"approve\": true}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail", containsString("another manager")));
    decide(refundId, "manager2", "{\"approve\": false}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    decide(refundId, "manager2", "{\"note\": \"yes\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("approve"));
    decide(refundId, "manager2", "{\"approve\": true, \"note\": \"Checked\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.decidedBy").value("manager2"))
        .andExpect(jsonPath("$.ledgerEntry").isNumber());
    decide(refundId, "admin", "{\"approve\": true}").andExpect(status().isConflict());

    mvc.perform(get("/api/cases/" + caseNumber + "/ledger").with(httpBasic("collector", "collector")))
        .andExpect(jsonPath("$.balance").value(0.00))
        .andExpect(jsonPath("$.creditBalance").value(0.00))
        .andExpect(jsonPath("$.entries[4].kind").value("REFUND"))
        .andExpect(jsonPath("$.entries[4].amount").value(52.50));
    mvc.perform(get("/api/refunds").param("status", "WAITING").with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
  }

  private ResultActions pay(String reference, String amount) throws Exception {
    return mvc.perform(post("/api/payments").with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
        .content("""
            {"caseNumber": "%s", "reference": "%s", "amount": %s, "receivedOn": "%s"}
            """.formatted(caseNumber, reference, amount, LocalDate.now(clock))));
  }

  private ResultActions reverse(String reference, String body) throws Exception {
    return mvc.perform(post("/api/payments/" + reference + "/reversal").with(httpBasic("manager", "manager"))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions requestRefund(String user, String body) throws Exception {
    return mvc.perform(post("/api/cases/" + caseNumber + "/refunds").with(httpBasic(user, user))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions decide(long refundId, String user, String body) throws Exception {
    return mvc.perform(post("/api/refunds/" + refundId + "/decision").with(httpBasic(user, user))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
