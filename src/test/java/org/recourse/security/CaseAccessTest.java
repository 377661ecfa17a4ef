package org.recourse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.legal.internal.referral.LegalReferrals;
import org.recourse.support.ReferralDriver;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who sees which case, proven on every route of the API that serves a case: collectors see the portfolio but not the
 * cases with the legal team, the legal team only those, managers and admins every case. The routes are read from the
 * application itself, so that a route added tomorrow is held to the same rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class CaseAccessTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  ApplicationContext context;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  LegalReferrals referrals;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private ReferralDriver referral;

  @BeforeEach
  void aWednesdayMorning() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 4).atTime(10, 0).atZone(ZoneId.of("America/New_York"))
        .toInstant()));
    TestData.usersAndCreditors(identity, accounts);
    referral = new ReferralDriver(context);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void every_route_of_a_case_refuses_whoever_may_not_see_it_and_serves_whoever_may() throws Exception {
    String withLegal = referral.placed("2400.00");
    referral.toApproval(withLegal);
    referral.approve(withLegal);
    String portfolio = referral.placed("900.00");
    long packet = referrals.latest(withLegal).orElseThrow().getPacketDocumentId();

    List<String> routes = caseRoutes();
    assertThat(routes).as("the routes found").hasSizeGreaterThan(25)
        .contains("GET /api/cases/{caseNumber}/documents/{id}", "GET /api/cases/{caseNumber}/ledger");
    for (String route : routes) {
      assertThat(status("collector", route, withLegal, packet)).as("collector: " + route + " of a case with legal")
          .isEqualTo(403);
      assertThat(status("legal", route, portfolio, packet)).as("legal: " + route + " of a portfolio case")
          .isEqualTo(403);
      for (String user : List.of("manager", "admin")) {
        assertThat(status(user, route, withLegal, packet)).as(user + ": " + route + " of a case with legal")
            .isNotEqualTo(403);
      }
    }
    for (String route : routes.stream().filter(route -> route.startsWith("GET ")).toList()) {
      if (roleMay("collectors", route)) {
        assertThat(status("collector", route, portfolio, packet)).as("collector: " + route + " of a portfolio case")
            .isNotEqualTo(403);
      }
      if (roleMay("legal", route)) {
        assertThat(status("legal", route, withLegal, packet)).as("legal: " + route + " of their case")
            .isNotEqualTo(403);
      }
    }
  }

  @Test
  void the_case_list_holds_what_each_role_may_see() throws Exception {
    String withLegal = referral.placed("2400.00");
    referral.toApproval(withLegal);
    referral.approve(withLegal);
    String awaitingApproval = referral.placed("2600.00");
    referral.toApproval(awaitingApproval);
    String portfolio = referral.placed("900.00");

    assertThat(caseList("collector")).contains(portfolio, awaitingApproval).doesNotContain(withLegal);
    assertThat(caseList("legal")).contains(withLegal).doesNotContain(portfolio, awaitingApproval);
    assertThat(caseList("manager")).contains(withLegal, portfolio, awaitingApproval);
    assertThat(caseList("admin")).contains(withLegal, portfolio, awaitingApproval);
  }

  @Test
  void a_case_legal_returns_to_collections_is_the_collectors_again() throws Exception {
    String returned = referral.placed("2400.00");
    referral.toApproval(returned);
    referral.approve(returned);
    assertThat(caseList("collector")).doesNotContain(returned);

    referral.complete("legal", returned, "Task_ReviewReferral", Map.of("review", "RETURN",
        "returnReason", "The debtor's employer is out of state"));

    assertThat(caseList("collector")).contains(returned);
    assertThat(mvc.perform(get("/api/cases/{n}", returned).with(httpBasic("collector", "collector"))).andReturn()
        .getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void a_collector_finds_no_refund_of_a_case_with_legal() throws Exception {
    String withLegal = referral.placed("2400.00");
    referral.toApproval(withLegal);
    referral.approve(withLegal);
    String portfolio = referral.placed("900.00");
    long hidden = refunded(withLegal);
    long shown = refunded(portfolio);

    assertThat(refundList("collector")).contains(shown).doesNotContain(hidden);
    assertThat(refundList("manager")).contains(shown, hidden);
    assertThat(mvc.perform(get("/api/refunds/{id}", hidden).with(httpBasic("collector", "collector"))).andReturn()
        .getResponse().getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/api/refunds/{id}", shown).with(httpBasic("collector", "collector"))).andReturn()
        .getResponse().getStatus()).isEqualTo(200);
  }

  /** Every route under /api/cases/{caseNumber}, as "METHOD pattern". */
  private List<String> caseRoutes() {
    var routes = new TreeSet<String>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/api/cases/{caseNumber}")) {
          info.getMethodsCondition().getMethods().forEach(method -> routes.add(method.name() + " " + pattern));
        }
      }
    }
    return new ArrayList<>(routes);
  }

  /** Whether the route's own role rule (its @PreAuthorize, if any) lets the group in at all. */
  private boolean roleMay(String group, String route) {
    return mappings.getHandlerMethods().entrySet().stream()
        .filter(entry -> entry.getKey().getPatternValues().contains(route.substring(route.indexOf(' ') + 1))
            && entry.getKey().getMethodsCondition().getMethods().stream()
            .anyMatch(method -> route.startsWith(method.name() + " ")))
        .map(entry -> entry.getValue().getMethodAnnotation(PreAuthorize.class))
        .allMatch(rule -> rule == null || rule.value().contains("'" + group + "'"));
  }

  private int status(String user, String route, String caseNumber, long documentId) throws Exception {
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1).replace("{caseNumber}", caseNumber)
        .replace("{id}", Long.toString(documentId)).replace("{letter}", "validation-notice")
        .replaceAll("\\{[^}]+}", "1");
    var request = request(HttpMethod.valueOf(method), path).with(httpBasic(user, user));
    if (!"GET".equals(method)) {
      request.contentType(MediaType.APPLICATION_JSON).content("{}");
    }
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private List<String> caseList(String user) throws Exception {
    JsonNode page = json.readTree(mvc.perform(get("/api/cases?size=500").with(httpBasic(user, user))).andReturn()
        .getResponse().getContentAsString());
    List<String> numbers = new ArrayList<>();
    page.path("content").forEach(summary -> numbers.add(summary.path("caseNumber").asText()));
    return numbers;
  }

  private List<Long> refundList(String user) throws Exception {
    JsonNode page = json.readTree(mvc.perform(get("/api/refunds?size=500").with(httpBasic(user, user))).andReturn()
        .getResponse().getContentAsString());
    List<Long> ids = new ArrayList<>();
    page.path("content").forEach(refund -> ids.add(refund.path("id").asLong()));
    return ids;
  }

  /** Overpays the case by 50.00 and asks for 20.00 of it back: the refund's id. */
  private long refunded(String caseNumber) throws Exception {
    String balance = json.readTree(mvc.perform(get("/api/cases/{n}/ledger", caseNumber)
        .with(httpBasic("manager", "manager"))).andReturn().getResponse().getContentAsString()).path("balance").asText();
    mvc.perform(post("/api/payments").with(httpBasic("manager", "manager")).contentType(MediaType.APPLICATION_JSON)
        .content("""
            {"caseNumber": "%s", "reference": "OVER-%s", "amount": %s, "receivedOn": "2026-03-04"}"""
            .formatted(caseNumber, caseNumber, new java.math.BigDecimal(balance).add(new java.math.BigDecimal("50")))));
    String created = mvc.perform(post("/api/cases/{n}/refunds", caseNumber).with(httpBasic("manager", "manager"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 20.00, \"reason\": \"Overpaid\"}"))
        .andReturn().getResponse().getContentAsString();
    return json.readTree(created).path("id").asLong();
  }
}
