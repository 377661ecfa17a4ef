package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.recourse.support.TestData.accountNumber;
import static org.recourse.support.TestData.placementJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Placing one account over the API: what is accepted, what is refused and how the refusal reads. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class IntakeApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void data() {
    TestData.usersAndCreditors(identity, accounts);
  }

  @Test
  void a_valid_account_becomes_a_case_with_its_process_and_strategy() throws Exception {
    String number = accountNumber();

    String location = place(placementJson(number, "2450.00"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.outcome").value("PLACED"))
        .andExpect(header().string("Location", containsString("/api/cases/RC-")))
        .andReturn().getResponse().getHeader("Location");
    String caseNumber = location.substring(location.lastIndexOf('/') + 1);

    mvc.perform(get(location).with(httpBasic("collector", "collector")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseNumber").value(caseNumber))
        // The validation notice went with the placement: the case is at the collector's work at once.
        .andExpect(jsonPath("$.status").value("IN_COLLECTION"))
        .andExpect(jsonPath("$.balance").value(2485.00))
        .andExpect(jsonPath("$.queue").isNotEmpty())
        // The segment comes back from the decision with the start, and is recorded on the case alone.
        .andExpect(jsonPath("$.segment").isNotEmpty())
        .andExpect(jsonPath("$.history[0].detail",
            org.hamcrest.Matchers.matchesPattern("Account placed; segment [A-Z_]+, priority \\d+, queue [a-z-]+")))
        .andExpect(jsonPath("$.account.accountNumber").value("****" + number.substring(number.length() - 4)))
        .andExpect(jsonPath("$.debtor.phones[0]").value("+15125550147"))
        .andExpect(jsonPath("$.currentActivities[0].activityId").value("Task_WorkAccount"))
        .andExpect(jsonPath("$.currentActivities[0].queued").value(false))
        .andExpect(jsonPath("$.history[*].kind", contains("PLACED", "LETTER_SENT", "NOTICE_RECORDED",
            "STATUS_CHANGED")))
        .andExpect(jsonPath("$.history[0].detail", containsString("queue")));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
  }

  @Test
  void placing_the_same_account_again_changes_nothing_and_says_so() throws Exception {
    String number = accountNumber();
    String first = place(placementJson(number, "900.00")).andExpect(status().isCreated())
        .andReturn().getResponse().getHeader("Location");
    int casesBefore = countCases();

    place(placementJson(number, "1900.00"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("ALREADY_PLACED"))
        .andExpect(jsonPath("$.message", containsString("nothing was changed")))
        .andExpect(header().string("Location", first));

    assertThat(countCases()).isEqualTo(casesBefore);
  }

  @Test
  void every_invalid_field_is_named_in_one_problem_and_nothing_is_written() throws Exception {
    int casesBefore = countCases();
    String json = placementJson(accountNumber(), "-5.00")
        .replace("\"(512) 555-0147\"", "\"555-12\"")
        .replace("\"delinquencyDate\": \"2025-01-02\"", "\"delinquencyDate\": \"2999-01-01\"")
        .replace("\"state\": \"TX\"", "\"state\": \"XX\"");

    place(json)
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(jsonPath("$.title").value("Invalid input"))
        .andExpect(jsonPath("$.errors[*].field", hasItem("itemization.amount")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("debtor.phones[0].number")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("delinquencyDate")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("debtor.address.state")))
        .andExpect(jsonPath("$.detail", containsString("is in the future")));

    assertThat(countCases()).isEqualTo(casesBefore);
  }

  @Test
  void an_absurd_amount_is_refused() throws Exception {
    place(placementJson(accountNumber(), "25000000.00"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("itemization.amount")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("chargeOffBalance")))
        .andExpect(jsonPath("$.errors[0].message", containsString("largest amount")));
  }

  @Test
  void a_wrong_typed_value_is_named_with_what_was_expected() throws Exception {
    place(placementJson(accountNumber(), "\"lots\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("itemization.amount"))
        .andExpect(jsonPath("$.errors[0].message", containsString("is not an amount")));

    place(placementJson(accountNumber(), "100.00").replace("\"2025-06-30\"", "\"30/06/2025\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("itemization.date"))
        .andExpect(jsonPath("$.errors[0].message", containsString("yyyy-mm-dd")));

    place(placementJson(accountNumber(), "100.00").replace("\"CREDIT_CARD\"", "\"GOLD\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("product"))
        .andExpect(jsonPath("$.errors[0].message", containsString("CREDIT_CARD")));
  }

  @Test
  void malformed_json_and_unknown_fields_are_refused_clearly() throws Exception {
    place("{\"creditorCode\": \"TST\", ")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", containsString("not valid JSON")));

    place(placementJson(accountNumber(), "100.00").replace("\"currency\": \"USD\",", "\"currency\": \"USD\", \"colour\": \"red\","))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("colour"))
        .andExpect(jsonPath("$.errors[0].message").value("is not a known field"));
  }

  @Test
  void an_unknown_creditor_is_refused() throws Exception {
    place(placementJson(accountNumber(), "100.00").replace("\"creditorCode\": \"TST\"", "\"creditorCode\": \"NOPE\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("creditorCode"))
        .andExpect(jsonPath("$.errors[0].message", containsString("not a creditor known")));
  }

  @Test
  void placing_needs_a_signed_in_manager_or_admin() throws Exception {
    mvc.perform(post("/api/accounts").contentType(MediaType.APPLICATION_JSON).content(placementJson(accountNumber(), "100.00")))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    mvc.perform(post("/api/accounts").with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content(placementJson(accountNumber(), "100.00")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.title").value("Forbidden"));
    // Last: a wrong password also holds the user off for a few seconds (the engine's login throttling).
    mvc.perform(post("/api/accounts").with(httpBasic("collector2", "wrong"))
            .contentType(MediaType.APPLICATION_JSON).content(placementJson(accountNumber(), "100.00")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void an_unknown_case_is_a_not_found_problem() throws Exception {
    mvc.perform(get("/api/cases/RC-9999999").with(httpBasic("collector", "collector")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("There is no case RC-9999999"));
    mvc.perform(post("/api/cases/RC-9999999/recall").with(httpBasic("manager", "manager"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"sold\"}"))
        .andExpect(status().isNotFound());
  }

  private ResultActions place(String json) throws Exception {
    return mvc.perform(post("/api/accounts").with(httpBasic("admin", "admin"))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private int countCases() {
    return jdbc.queryForObject("select count(*) from collection_case", Integer.class);
  }
}
