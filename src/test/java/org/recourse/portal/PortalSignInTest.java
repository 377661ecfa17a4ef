package org.recourse.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.correspondence.Documents;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.platform.PortalLinks;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who gets into the portal: the reference with the date of birth or the ZIP code on file, or a signed link until it
 * expires; failures stop sign-in per reference and per address; a debtor signed in reaches their own case only.
 */
@SpringBootTest(properties = {"recourse.portal.failures-per-reference=3", "recourse.portal.failures-per-address=5"})
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class PortalSignInTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  AccountIntake intake;
  @Autowired
  CollectionCases cases;
  @Autowired
  PortalLinks links;
  @Autowired
  Documents documents;

  private String caseNumber;

  @BeforeEach
  void aCase() {
    TestData.usersAndCreditors(identity, accounts);
    caseNumber = place();
  }

  private String place() {
    return ((PlacementOutcome.Placed) intake.place(TestData.placement(TestData.accountNumber(), "400.00"), "admin"))
        .caseNumber();
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private ResultActions signIn(MockHttpSession session, String reference, String dateOfBirth, String zip,
      String address) throws Exception {
    return mvc.perform(post("/portal/sign-in").session(session).with(csrf()).with(from(address))
        .param("reference", reference).param("dateOfBirth", dateOfBirth).param("zip", zip));
  }

  @Test
  void the_reference_with_the_date_of_birth_or_the_zip_code_opens_the_case_and_the_history_says_so() throws Exception {
    // Typed as people type it: lower case, no dash, the date as Americans write it.
    MockHttpSession session = new MockHttpSession();
    signIn(session, caseNumber.toLowerCase().replace("-", ""), "5/2/1984", "", "198.51.100.1")
        .andExpect(redirectedUrl("/portal/case"));
    mvc.perform(get("/portal/case").session(session)).andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(caseNumber)));
    signIn(new MockHttpSession(), caseNumber, "", "78701", "198.51.100.1").andExpect(redirectedUrl("/portal/case"));
    assertThat(cases.history(cases.require(caseNumber))).filteredOn(e -> e.getKind() == CaseEventKind.PORTAL_SIGN_IN)
        .extracting(e -> e.getDetail()).anySatisfy(d -> assertThat(d).contains("date of birth").contains("198.51.100.1"))
        .anySatisfy(d -> assertThat(d).contains("ZIP code"));
  }

  @Test
  void after_three_failures_for_a_reference_even_the_right_facts_are_refused() throws Exception {
    for (int i = 0; i < 3; i++) {
      signIn(new MockHttpSession(), caseNumber, "1/1/1990", "", "198.51.100.2").andExpect(status().isUnauthorized())
          .andExpect(content().string(Matchers.containsString("could not find an account")));
    }
    signIn(new MockHttpSession(), caseNumber, "5/2/1984", "", "198.51.100.3").andExpect(status().isTooManyRequests())
        .andExpect(content().string(Matchers.containsString("Too many attempts")));
    assertThat(cases.history(cases.require(caseNumber))).extracting(e -> e.getDetail())
        .anySatisfy(d -> assertThat(d).contains("stopped").contains("3 failed attempts"));
    // Another debtor's reference is not stopped by it.
    signIn(new MockHttpSession(), place(), "5/2/1984", "", "198.51.100.3").andExpect(redirectedUrl("/portal/case"));
  }

  @Test
  void after_five_failures_from_an_address_it_may_not_sign_in_to_any_case() throws Exception {
    for (int i = 0; i < 5; i++) {
      // A guesser trying references: each one wrong, none of them stopped by itself.
      signIn(new MockHttpSession(), "RC-99999" + (10 + i), "", "78701", "203.0.113.50")
          .andExpect(status().isUnauthorized());
    }
    signIn(new MockHttpSession(), caseNumber, "5/2/1984", "", "203.0.113.50").andExpect(status().isTooManyRequests());
    signIn(new MockHttpSession(), caseNumber, "5/2/1984", "", "203.0.113.51").andExpect(redirectedUrl("/portal/case"));
  }

  @Test
  void a_field_left_out_or_wrong_is_refused_by_its_name_and_nothing_is_counted() throws Exception {
    signIn(new MockHttpSession(), "", "", "", "198.51.100.4").andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Reference: This is required.")))
        .andExpect(content().string(Matchers.containsString("Give your date of birth or your ZIP code.")));
    signIn(new MockHttpSession(), caseNumber, "31/12/1984", "", "198.51.100.4")
        .andExpect(content().string(Matchers.containsString("Date of birth: Give a date as month/day/year")));
    signIn(new MockHttpSession(), caseNumber, "", "787", "198.51.100.4")
        .andExpect(content().string(Matchers.containsString("Give a 5-digit ZIP code.")));
  }

  @Test
  void a_signed_link_opens_the_case_until_it_expires_and_a_forged_one_never() throws Exception {
    MockHttpSession session = new MockHttpSession();
    String link = links.link(caseNumber);
    mvc.perform(get(link.substring(link.indexOf("/portal"))).session(session).with(from("198.51.100.5")))
        .andExpect(redirectedUrl("/portal/case"));
    mvc.perform(get("/portal/case").session(session)).andExpect(status().isOk());

    String expired = links.token(caseNumber, Instant.now().minus(1, ChronoUnit.MINUTES));
    mvc.perform(get("/portal/link").param("token", expired).with(from("198.51.100.5")))
        .andExpect(status().isUnauthorized()).andExpect(content().string(Matchers.containsString("has expired")));

    // The same claim for another case, with this case's signature: forged.
    String other = place();
    String good = links.token(caseNumber, Instant.now().plus(1, ChronoUnit.DAYS));
    String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        (other + "." + Instant.now().plus(1, ChronoUnit.DAYS).getEpochSecond()).getBytes())
        + good.substring(good.indexOf('.'));
    mvc.perform(get("/portal/link").param("token", forged).with(from("198.51.100.5")))
        .andExpect(status().isUnauthorized()).andExpect(content().string(Matchers.containsString("not valid")));
    mvc.perform(get("/portal/link").param("token", "nonsense").with(from("198.51.100.5")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void a_debtor_reaches_no_other_case_and_no_staff_page() throws Exception {
    String other = place();
    MockHttpSession session = new MockHttpSession();
    signIn(session, caseNumber, "5/2/1984", "", "198.51.100.6").andExpect(redirectedUrl("/portal/case"));
    long othersLetter = documents.ofCase(other).stream().findFirst().map(d -> d.getId())
        .orElseGet(() -> Long.MAX_VALUE);
    mvc.perform(get("/portal/letters/" + othersLetter).session(session)).andExpect(status().isNotFound());
    // The portal names no case in its addresses, and its sign-in is nobody's on the workspace or the API.
    mvc.perform(get("/workspace/cases/" + other).session(session)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/cases/" + other).session(session)).andExpect(status().isUnauthorized());
    // And without signing in, the portal's pages send to the sign-in.
    mvc.perform(get("/portal/case")).andExpect(redirectedUrl("/portal?expired"));
  }

  @Test
  void a_form_without_the_sessions_token_is_refused() throws Exception {
    mvc.perform(post("/portal/sign-in").param("reference", caseNumber).param("dateOfBirth", "5/2/1984"))
        .andExpect(status().isForbidden());
  }
}
