package org.recourse.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CloseReason;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.ReferralDriver;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Cases through legal to their closure on PostgreSQL, through the tasks people complete and the API: referred,
 * approved, packed and accepted; sued, heard, judged and garnished until the judgment is satisfied; settled during the
 * suit with the rest written off; returned by the legal team to the collector. The job executor is off: each step
 * runs when the test says, and the engine's clock moves where the process waits.
 */
@SpringBootTest(properties = "recourse.it.schema=recourse_it_legal")
@AutoConfigureMockMvc
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class LegalReferralIT {

  private static final ZoneId BUSINESS = ZoneId.of("America/New_York");

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  RuntimeService runtime;
  @Autowired
  CollectionCases cases;
  @Autowired
  JdbcTemplate jdbc;

  private ReferralDriver referral;

  @BeforeEach
  void aTuesdayMorning() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-02-10T09:30").atZone(BUSINESS).toInstant()));
    TestData.usersAndCreditors(identity, accounts);
    referral = new ReferralDriver(context);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void a_referred_case_is_sued_judged_garnished_and_closed_with_the_judgment_satisfied() throws Exception {
    String caseNumber = referral.placed("3000.00");
    referral.toApproval(caseNumber);
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.LEGAL);
    referral.approve(caseNumber);
    referral.accept(caseNumber);
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.LITIGATION);

    LocalDate today = today();
    referral.complete("legal", caseNumber, "Task_FileSuit", Map.of("court", "Travis County Justice Court, Pct. 5",
        "courtCaseNumber", "J5-CV-26-000731", "filedOn", today.toString(), "hearingDate", today.plusDays(21).toString(),
        "hearingTime", "09:00", "hearingPurpose", "Trial setting"));
    referral.complete("legal", caseNumber, "Task_RecordCourtOutcome", Map.of("decision", "JUDGMENT",
        "judgmentDate", today.toString(), "judgmentAmount", 3035.00, "judgmentCosts", 254.00,
        "judgmentInterest", 61.00));
    assertThat(cases.balance(caseNumber)).isEqualByComparingTo("3350.00");
    referral.complete("legal", caseNumber, "Task_EnforceJudgment", Map.of("step", "ENFORCEMENT",
        "enforcementKind", "WAGE_GARNISHMENT", "garnishee", "Lone Star Logistics LLC", "servedOn", today.toString(),
        "enforcementDetail", "25 % of disposable earnings"));
    assertThat(referral.cases().task(caseNumber, "Task_EnforceJudgment")).as("back, while payments arrive").isNotNull();

    // The employer's checks, posted in the suit through Payments: the ledger and the legal team's process hear of them.
    garnished(caseNumber, "GARN-1-" + caseNumber, "1500.00").andExpect(status().isCreated())
        .andExpect(jsonPath("$.balance").value(1850.00));
    referral.cases().runJobs(caseNumber);
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.LITIGATION);
    garnished(caseNumber, "GARN-1-" + caseNumber, "1500.00").andExpect(status().isOk())
        .andExpect(jsonPath("$.alreadyPosted").value(true));
    garnished(caseNumber, "GARN-2-" + caseNumber, "1850.00").andExpect(status().isCreated())
        .andExpect(jsonPath("$.balance").value(0.00));
    referral.cases().runJobs(caseNumber);

    CollectionCase closed = cases.require(caseNumber);
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseReason()).isEqualTo(CloseReason.LEGAL_JUDGMENT_SATISFIED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    mvc.perform(get("/api/cases/{n}/litigation", caseNumber).with(httpBasic("legal", "legal")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].status").value("CONCLUDED"))
        .andExpect(jsonPath("$[0].outcome").value("JUDGMENT_SATISFIED"))
        .andExpect(jsonPath("$[0].judgmentTotal").value(3350.00))
        .andExpect(jsonPath("$[0].courtCaseNumber").value("J5-CV-26-000731"))
        .andExpect(jsonPath("$[0].hearings[0].purpose").value("Trial setting"))
        .andExpect(jsonPath("$[0].enforcements[0].garnishee").value("Lone Star Logistics LLC"));
    assertThat(jdbc.queryForList("select kind from document where case_id = ? order by created_at, id", String.class,
        closed.getId())).containsExactly("validation-notice", "final-demand", "court-packet", "court-packet-parts",
            "paid-in-full");
    assertThat(jdbc.queryForList("select kind from ledger_entry where account_id = ? order by id", String.class,
        closed.getId())).containsExactly("ITEMIZATION", "FEE", "ADJUSTMENT", "PAYMENT", "PAYMENT");
  }

  @Test
  void a_settlement_agreed_in_the_suit_and_paid_closes_the_case_as_settled_with_the_rest_written_off()
      throws Exception {
    String caseNumber = inTheSuit("4000.00");
    LocalDate today = today();

    referral.complete("legal", caseNumber, "Task_RecordCourtOutcome", Map.of("decision", "SETTLED",
        "settlementAmount", 2500.00, "settlementPayBy", today.plusDays(14).toString()));
    assertThat(referral.cases().activities(caseNumber)).contains("Timer_SettlementDue");
    garnished(caseNumber, "SETTLE-" + caseNumber, "2500.00").andExpect(status().isCreated());
    referral.cases().runJobs(caseNumber);

    CollectionCase closed = cases.require(caseNumber);
    assertThat(closed.getCloseReason()).isEqualTo(CloseReason.LEGAL_SETTLED);
    assertThat(cases.balance(caseNumber)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(jdbc.queryForObject("select description from ledger_entry where account_id = ? and kind = 'ADJUSTMENT'",
        String.class, closed.getId())).isEqualTo("Settled in litigation for $2,500.00: the rest written off");
    assertThat(jdbc.queryForObject("select s.status from litigation_settlement s join legal_referral r"
        + " on r.id = s.referral_id where r.case_id = ?", String.class, closed.getId())).isEqualTo("PAID");
  }

  @Test
  void a_referral_the_legal_team_returns_goes_back_to_the_collector_with_the_reason() throws Exception {
    String caseNumber = referral.placed("1800.00");
    referral.toApproval(caseNumber);
    referral.approve(caseNumber);

    referral.complete("legal", caseNumber, "Task_ReviewReferral", Map.of("review", "RETURN",
        "returnReason", "The debtor's employer is out of state: collect by agreement first"));

    assertThat(referral.cases().task(caseNumber, "Task_WorkAccount")).isNotNull();
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.IN_COLLECTION);
    mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic("collector", "collector")))
        .andExpect(jsonPath("$.history[?(@.kind == 'LEGAL_REVIEW')].detail").value(
            org.hamcrest.Matchers.hasItem("Returned to collections: The debtor's employer is out of state: collect by"
                + " agreement first")));
    // Once referred, the legal team keeps seeing the case it worked.
    mvc.perform(get("/api/cases/{n}", caseNumber).with(httpBasic("legal", "legal"))).andExpect(status().isOk());
  }

  private String inTheSuit(String amount) {
    String caseNumber = referral.placed(amount);
    referral.toApproval(caseNumber);
    referral.approve(caseNumber);
    referral.accept(caseNumber);
    referral.complete("legal", caseNumber, "Task_FileSuit", Map.of("court", "Harris County Court at Law No. 2",
        "courtCaseNumber", "CCL2-26-118", "filedOn", today().toString()));
    return caseNumber;
  }

  private ResultActions garnished(String caseNumber, String reference, String amount) throws Exception {
    return mvc.perform(post("/api/cases/{n}/litigation/payments", caseNumber).with(httpBasic("legal", "legal"))
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"reference": "%s", "amount": %s, "receivedOn": "%s", "description": "Payroll garnishment"}
            """.formatted(reference, amount, today())));
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BUSINESS);
  }
}
