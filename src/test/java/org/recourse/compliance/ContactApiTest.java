package org.recourse.compliance;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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

/** The contact guard over the API: permissions, calls recorded only when allowed, restrictions and the audit. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class ContactApiTest {

  /** The test debtor lives in Texas (Central or Mountain time) with an Austin mobile. */
  private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

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
  void aCaseOnAWednesdayMorning() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-03-04T10:00").atZone(CENTRAL).toInstant()));
    TestData.usersAndCreditors(identity, accounts);
    caseNumber = ((PlacementOutcome.Placed) intake.place(TestData.placement(TestData.accountNumber(), "400.00"),
        "admin")).caseNumber();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void a_person_sees_what_they_may_do_before_they_try() throws Exception {
    mvc.perform(get("/api/cases/{n}/contact-permissions", caseNumber).with(httpBasic("collector", "collector")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.channel == 'CALL' && @.address == '+15125550147')].allowed").value(hasItem(true)))
        .andExpect(jsonPath("$[?(@.channel == 'TEXT')].allowed").value(hasItem(true)))
        .andExpect(jsonPath("$[?(@.channel == 'EMAIL')].address").value(hasItem("maria.lopez@example.com")))
        .andExpect(jsonPath("$[?(@.channel == 'LETTER')].allowed").value(hasItem(true)));

    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-03-04T07:30").atZone(CENTRAL).toInstant()));
    mvc.perform(get("/api/cases/{n}/contact-permissions", caseNumber).with(httpBasic("collector", "collector")))
        .andExpect(jsonPath("$[?(@.channel == 'CALL')].rule").value(hasItem("REGF-1006.6(b)(1)(i)")))
        .andExpect(jsonPath("$[?(@.channel == 'CALL')].liftsAt").value(hasItem("2026-03-04T15:00:00Z")))
        .andExpect(jsonPath("$[?(@.channel == 'LETTER')].allowed").value(hasItem(true)));
  }

  @Test
  void after_a_conversation_the_next_call_is_refused_and_not_recorded() throws Exception {
    call("RIGHT_PARTY_CONTACT").andExpect(status().isCreated());

    call("NO_ANSWER")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("REGF-1006.14(b)(2)(ii)"))
        .andExpect(jsonPath("$.liftsAt").value("2026-03-11T05:00:00Z"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("telephone conversation")));

    mvc.perform(get("/api/cases/{n}/contacts", caseNumber).with(httpBasic("collector", "collector")))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].result").value("RIGHT_PARTY_CONTACT"));
    mvc.perform(get("/api/cases/{n}/guard-decisions", caseNumber).with(httpBasic("manager", "manager")))
        .andExpect(jsonPath("$", hasSize(3)))
        .andExpect(jsonPath("$[0].allowed").value(false))
        .andExpect(jsonPath("$[0].askedBy").value("collector"))
        .andExpect(jsonPath("$[1].allowed").value(true))
        // The first: the validation notice sent with the placement.
        .andExpect(jsonPath("$[2].channel").value("LETTER"))
        .andExpect(jsonPath("$[2].allowed").value(true));
    // The debtor calling in is always recorded.
    mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"channel\":\"CALL\",\"outbound\":false,\"result\":\"RIGHT_PARTY_CONTACT\",\"address\":\"+15125550147\"}"))
        .andExpect(status().isCreated());
  }

  @Test
  void an_attorney_stops_all_contact_until_a_manager_lifts_it() throws Exception {
    String created = mvc.perform(post("/api/cases/{n}/contact-restrictions", caseNumber)
            .with(httpBasic("collector", "collector")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"ATTORNEY\",\"detail\":\"Dana Reyes, Esq.\",\"evidence\":\"Letter of representation, 2 March\"}"))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

    mvc.perform(get("/api/cases/{n}/contact-permissions", caseNumber).with(httpBasic("collector", "collector")))
        .andExpect(jsonPath("$[?(@.allowed == true)]", hasSize(0)))
        .andExpect(jsonPath("$[0].rule").value("FDCPA-1692c(a)(2)"));
    call("NO_ANSWER").andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("FDCPA-1692c(a)(2)"));

    lift(id, "collector").andExpect(status().isForbidden());
    lift(id, "manager").andExpect(status().isOk()).andExpect(jsonPath("$.liftedBy").value("manager"));
    lift(id, "manager").andExpect(status().isConflict());
    call("NO_ANSWER").andExpect(status().isCreated());
  }

  @Test
  void bad_input_is_refused_by_field() throws Exception {
    mvc.perform(post("/api/cases/{n}/contact-restrictions", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INCONVENIENT_TIME\",\"evidence\":\"call\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(post("/api/cases/{n}/contact-restrictions", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"CEASE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("evidence"));
    mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"PIGEON\",\"outbound\":true,\"result\":\"SENT\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/cases/{n}/contact-permissions", "RC-9999999").with(httpBasic("collector", "collector")))
        .andExpect(status().isNotFound());
  }

  private ResultActions call(String result) throws Exception {
    return mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("collector", "collector"))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"channel\":\"CALL\",\"outbound\":true,\"result\":\"" + result
            + "\",\"address\":\"+15125550147\",\"notes\":\"test call\"}"));
  }

  private ResultActions lift(long id, String user) throws Exception {
    return mvc.perform(post("/api/cases/{n}/contact-restrictions/{id}/lift", caseNumber, id)
        .with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\":\"The attorney withdrew\"}"));
  }
}
