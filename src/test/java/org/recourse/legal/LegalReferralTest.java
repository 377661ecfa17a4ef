package org.recourse.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.recourse.legal.PacketChecks.assertQpdfPasses;
import static org.recourse.legal.PacketChecks.children;
import static org.recourse.legal.PacketChecks.pageOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactResult;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.correspondence.Channel;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.DocumentStatus;
import org.recourse.correspondence.Documents;
import org.recourse.correspondence.MailDispatcher;
import org.recourse.correspondence.PrintBatches;
import org.recourse.legal.internal.packet.CourtPacket;
import org.recourse.legal.internal.packet.CourtPacketContents;
import org.recourse.legal.internal.packet.CourtPackets;
import org.recourse.legal.internal.litigation.Hearing;
import org.recourse.legal.internal.referral.LegalReferral;
import org.recourse.legal.internal.referral.LegalReferrals;
import org.recourse.legal.internal.referral.ReferralStatus;
import org.recourse.payment.Payment;
import org.recourse.payment.Payments;
import org.recourse.support.CaseDriver;
import org.recourse.support.ReferralDriver;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Legal referrals on the real engine and H2, with a real SMTP server for the legal inbox: a case walked to its
 * referral with letters posted, contacts, a payment and a servicemember's active duty on record; its court packet
 * made from the case, read back with PDFBox, checked against its manifest and by qpdf, and downloaded byte for byte;
 * what a legal user may see; and every bad input refused in its task with nothing recorded.
 */
@SpringBootTest(properties = {
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3026",
    "recourse.correspondence.mail-poll-initial-delay=PT1H",
    "recourse.legal.inbox=legal-team@recourse.example"})
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class LegalReferralTest {

  private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3026, "127.0.0.1", "smtp"));

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
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  CollectionCases cases;
  @Autowired
  Documents documents;
  @Autowired
  Holds holds;
  @Autowired
  ContactGuard guard;
  @Autowired
  Payments payments;
  @Autowired
  PrintBatches printBatches;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  CourtPackets packets;
  @Autowired
  LegalReferrals referrals;
  @Autowired
  ObjectMapper json;

  private ReferralDriver referral;
  private CaseDriver driver;

  @BeforeEach
  void aWednesdayMorning() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-03-04T10:00").atZone(CENTRAL).toInstant()));
    TestData.usersAndCreditors(identity, accounts);
    referral = new ReferralDriver(context);
    driver = referral.cases();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void an_approved_referral_gets_one_court_packet_from_the_case_that_downloads_byte_for_byte() throws Exception {
    String caseNumber = aCaseWithAHistory();
    referral.toApproval(caseNumber);
    assertThat(driver.task(caseNumber, "Task_ApproveReferral")).isNotNull();

    referral.approve(caseNumber);

    Document packet = only(caseNumber, CourtPackets.KIND);
    Document parts = only(caseNumber, CourtPackets.PARTS_KIND);
    assertThat(packet.getChannel()).isEqualTo(Channel.INTERNAL);
    assertThat(packet.getStatus()).isEqualTo(DocumentStatus.FILED);
    assertThat(parts.getMediaType()).isEqualTo("application/zip");
    byte[] pdf = download(caseNumber, packet.getId(), "legal");
    assertThat(pdf).isEqualTo(documents.content(packet));
    assertThat(CourtPacketContents.sha256(pdf)).isEqualTo(packet.getSha256());
    Files.createDirectories(Path.of("target", "court-packet"));
    Files.write(Path.of("target", "court-packet", caseNumber + "-from-the-case.pdf"), pdf);

    // The manifest, beside the packet: its hash and every part's and letter's hold.
    JsonNode manifest = json.readTree(mvc.perform(get("/api/cases/{n}/documents/{id}/data", caseNumber,
        packet.getId()).with(httpBasic("legal", "legal"))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString());
    assertThat(manifest.get("sha256").asText()).isEqualTo(CourtPacketContents.sha256(pdf));
    Map<String, byte[]> generated = unzip(download(caseNumber, parts.getId(), "legal"));
    List<Document> letters = documents.ofCase(caseNumber).stream()
        .filter(d -> d.getChannel() != Channel.INTERNAL && d.getStatus() == DocumentStatus.SENT).toList();
    assertThat(letters).extracting(Document::getKind).contains("validation-notice", "final-demand");
    List<String> partNames = new ArrayList<>();
    for (JsonNode part : manifest.get("parts")) {
      partNames.add(part.get("name").asText());
      assertThat(CourtPacketContents.sha256(generated.get(part.get("name").asText() + ".pdf"))).as(part.get("name").asText())
          .isEqualTo(part.get("sha256").asText());
    }
    assertThat(partNames).containsExactlyElementsOf(Arrays.stream(CourtPacket.Part.values())
        .map(CourtPacket.Part::partName).toList());
    JsonNode letterPart = manifest.get("parts").get(CourtPacket.Part.LETTERS.ordinal());
    assertThat(letterPart.get("documents")).hasSize(letters.size());
    for (JsonNode letter : letterPart.get("documents")) {
      Document stored = documents.ofCase(caseNumber, letter.get("id").asLong());
      assertThat(letter.get("sha256").asText()).isEqualTo(CourtPacketContents.sha256(documents.content(stored)));
    }

    // Read back: every part bookmarked in index order at the page the manifest gives, and what the case holds.
    try (PDDocument read = Loader.loadPDF(pdf)) {
      assertThat(read.getNumberOfPages()).isEqualTo(manifest.get("pages").asInt()).isEqualTo(packet.getPages());
      List<PDOutlineItem> bookmarks = children(read.getDocumentCatalog().getDocumentOutline().getFirstChild());
      assertThat(bookmarks).extracting(PDOutlineItem::getTitle).containsExactlyElementsOf(
          Arrays.stream(CourtPacket.Part.values()).map(CourtPacket.Part::title).toList());
      for (int i = 0; i < bookmarks.size(); i++) {
        assertThat(pageOf(read, bookmarks.get(i))).as(bookmarks.get(i).getTitle())
            .isEqualTo(manifest.get("parts").get(i).get("firstPage").asInt());
      }
      assertThat(children(bookmarks.get(CourtPacket.Part.LETTERS.ordinal()).getFirstChild())).hasSize(letters.size());
      String text = new PDFTextStripper().getText(read);
      assertThat(text).contains(caseNumber, "Maria Lopez", "Test Creditor Bank", "In military service",
          "DMDC SCRA report 4471-22", "Spoke with the", "Employment verified; no offer in 60 days",
          "Texas", "PAY-" + caseNumber);
    }
    assertQpdfPasses(pdf);

    // Made once: the step again (a retried job) keeps the same packet, and the packet is never posted.
    String process = referrals.latest(caseNumber).orElseThrow().getProcessInstanceId();
    assertThat(packets.generate(process, "system").getId()).isEqualTo(packet.getId());
    assertThat(documents.ofCase(caseNumber)).filteredOn(d -> d.getKind().equals(CourtPackets.KIND)).hasSize(1);
    printBatches.cut("manager").ifPresent(batch -> assertThat(batch.getLetters()).isZero());
    assertThat(documents.ofCase(caseNumber, packet.getId()).getStatus()).isEqualTo(DocumentStatus.FILED);
  }

  @Test
  void the_legal_inbox_gets_the_referral_with_the_packet_and_the_legal_team_a_task_linking_it() throws Exception {
    String caseNumber = referral.placed("2400.00");
    referral.toApproval(caseNumber);
    referral.approve(caseNumber);
    Document packet = only(caseNumber, CourtPackets.KIND);

    dispatcher.dispatch();

    MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).contains(caseNumber)).findFirst().orElseThrow();
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("legal-team@recourse.example");
    assertThat(mail.getSubject()).isEqualTo("Legal referral " + caseNumber + ": Maria Lopez, $2,435.00");
    assertThat(mail.getHeader("List-Unsubscribe")).isNull();
    // To the legal team, staff: the approval's moment in the business's zone, named, as on every form.
    assertThat(org.recourse.support.MailText.of(mail)).containsPattern(
        "manager</span> on <span>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [A-Z]{2,5}</span>;");
    Multipart body = (Multipart) mail.getContent();
    BodyPart attached = null;
    for (int i = 0; i < body.getCount(); i++) {
      if (("court-packet-" + caseNumber + ".pdf").equals(body.getBodyPart(i).getFileName())) {
        attached = body.getBodyPart(i);
      }
    }
    assertThat(attached).as("the packet attached").isNotNull();
    assertThat(attached.getInputStream().readAllBytes()).isEqualTo(documents.content(packet));
    assertThat(documents.ofCase(caseNumber, packet.getId()).getStatus()).as("e-mailed to legal, not sent")
        .isEqualTo(DocumentStatus.FILED);

    var review = driver.task(caseNumber, "Task_ReviewReferral");
    assertThat(review.getName()).startsWith("Review the referral · " + caseNumber);
    String facts = tasks.getVariableLocal(review.getId(), "caseFacts").toString();
    assertThat(facts).contains("/api/cases/" + caseNumber + "/documents/" + packet.getId())
        .contains("\"expectedRecovery\":\"$1,011.00\"", "Download the court packet")
        .contains("\"recoveryBasis\":\"balance $2,435.00 at 60 % less $450.00 estimated costs\"");
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getDetail)
        .anyMatch(detail -> detail.contains("queued for e-mail to legal-team@recourse.example with the packet attached"));
  }

  @Test
  void a_legal_user_sees_the_cases_referred_to_legal_and_none_of_the_rest() throws Exception {
    String referred = referral.placed("2400.00");
    referral.toApproval(referred);
    String awaitingApproval = referral.placed("2600.00");
    referral.toApproval(awaitingApproval);
    String unreferred = referral.placed("900.00");
    referral.approve(referred);

    as("legal", get("/api/cases/{n}", referred)).andExpect(status().isOk());
    as("legal", get("/api/cases/{n}/documents", referred)).andExpect(status().isOk());
    as("legal", get("/api/cases/{n}/litigation", referred)).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].status").value("DELIVERED"))
        .andExpect(jsonPath("$[0].expectedRecovery").value(1011.00));
    for (String hidden : List.of(unreferred, awaitingApproval, "RC-9999999", "not-a-case")) {
      as("legal", get("/api/cases/{n}", hidden)).andExpect(status().isForbidden());
      as("legal", get("/api/cases/{n}/documents", hidden)).andExpect(status().isForbidden());
      as("legal", get("/api/cases/{n}/contacts", hidden)).andExpect(status().isForbidden());
      as("legal", get("/api/cases/{n}/holds", hidden)).andExpect(status().isForbidden());
      as("legal", get("/api/cases/{n}/litigation", hidden)).andExpect(status().isForbidden());
    }
    as("legal", get("/api/cases?size=500")).andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].caseNumber").value(hasItem(referred)))
        .andExpect(jsonPath("$.content[*].caseNumber").value(not(hasItem(unreferred))))
        .andExpect(jsonPath("$.content[*].caseNumber").value(not(hasItem(awaitingApproval))));
    as("legal", get("/api/portfolios/1")).andExpect(status().isForbidden());
    // The portfolio's people see it all, as before.
    as("collector", get("/api/cases/{n}", unreferred)).andExpect(status().isOk());
    as("manager", get("/api/cases?size=500")).andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].caseNumber").value(hasItem(unreferred)));
    // A collector cannot see the legal team's tasks, nor the legal team the collectors'.
    assertThat(tasks.createTaskQuery().taskCandidateGroup("collectors").processInstanceBusinessKey(referred).count())
        .isZero();
    assertThat(tasks.createTaskQuery().taskCandidateGroup("legal").processInstanceBusinessKey(unreferred).count())
        .isZero();
  }

  @Test
  void an_ineligible_case_goes_back_to_the_collector_with_every_failing_condition() throws Exception {
    String caseNumber = referral.placed("640.00");

    as("collector", get("/api/cases/{n}/legal-eligibility", caseNumber)).andExpect(status().isOk())
        .andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.failedConditions").value(org.hamcrest.Matchers.contains("BALANCE_BELOW_MINIMUM",
            "VALIDATION_PERIOD_NOT_OVER", "NO_FINAL_DEMAND")))
        .andExpect(jsonPath("$.reasons[0]").value("The balance is below the minimum worth a suit: the balance is"
            + " $675.00, the minimum $1,000.00."));
    referral.toApproval(caseNumber);

    assertThat(driver.task(caseNumber, "Task_WorkAccount")).isNotNull();
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.IN_COLLECTION);
    assertThat(cases.history(cases.require(caseNumber))).filteredOn(e -> e.getKind() == CaseEventKind.LEGAL_ELIGIBILITY)
        .singleElement().extracting(CaseEvent::getDetail).asString()
        .startsWith("Not eligible for legal referral, back to collections: The balance is below the minimum")
        .doesNotContain("validation period", "final demand");
    assertThat(referrals.latest(caseNumber).orElseThrow().getStatus()).isEqualTo(ReferralStatus.INELIGIBLE);
  }

  @Test
  void bad_input_is_refused_in_its_task_with_the_reason_and_nothing_is_recorded() throws Exception {
    String caseNumber = referral.placed("2400.00");
    referral.toApproval(caseNumber);
    refused("manager", caseNumber, "Task_ApproveReferral", Map.of("approval", "REJECTED"),
        "Say why the referral is rejected");
    refused("manager", caseNumber, "Task_ApproveReferral", Map.of("approval", "SENT_BACK"),
        "Say what work the collector is to do");
    referral.approve(caseNumber);
    refused("legal", caseNumber, "Task_ReviewReferral", Map.of("review", "RETURN"), "Why it is returned is required.");
    referral.accept(caseNumber);
    LegalReferral open = referrals.latest(caseNumber).orElseThrow();
    assertThat(open.getStatus()).isEqualTo(ReferralStatus.IN_LITIGATION);
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.LITIGATION);

    LocalDate today = today();
    Map<String, Object> suit = new HashMap<>(Map.of("court", "Travis County Justice Court, Precinct 5",
        "courtCaseNumber", "J5-CV-26-001234", "filedOn", today.plusDays(1).toString()));
    refused("legal", caseNumber, "Task_FileSuit", suit, "The filing date " + today.plusDays(1) + " is in the future.");
    suit.put("filedOn", today.toString());
    suit.put("hearingDate", today.minusDays(2).toString());
    suit.put("hearingTime", "09:30");
    suit.put("hearingPurpose", "Pre-trial conference");
    refused("legal", caseNumber, "Task_FileSuit", suit, "is in the past");
    assertThat(referrals.latest(caseNumber).orElseThrow().getSuitFiledOn()).as("nothing recorded").isNull();
    suit.remove("hearingDate");
    suit.remove("hearingTime");
    suit.remove("hearingPurpose");
    referral.complete("legal", caseNumber, "Task_FileSuit", suit);

    refused("legal", caseNumber, "Task_RecordCourtOutcome", Map.of("decision", "JUDGMENT",
        "judgmentDate", today.toString(), "judgmentAmount", -2435.00), "Judgment amount must be greater than zero.");
    refused("legal", caseNumber, "Task_RecordCourtOutcome", Map.of("decision", "JUDGMENT",
        "judgmentDate", today.toString(), "judgmentAmount", 2435.00, "judgmentCosts", -10), "Costs awarded cannot be"
        + " negative.");
    refused("legal", caseNumber, "Task_RecordCourtOutcome", Map.of("decision", "JUDGMENT",
        "judgmentDate", today.minusDays(1).toString(), "judgmentAmount", 2435.00),
        "The judgment date " + today.minusDays(1) + " is before the suit was filed");
    refused("legal", caseNumber, "Task_RecordCourtOutcome", Map.of("decision", "SETTLED",
        "settlementAmount", 5000.00, "settlementPayBy", today.plusDays(10).toString()),
        "A settlement is for less than the balance of $2,435.00");
    refused("legal", caseNumber, "Task_RecordCourtOutcome", Map.of("decision", "HEARING_SET",
        "hearingDate", today.minusDays(1).toString(), "hearingTime", "09:30", "hearingPurpose", "Trial"),
        "is in the past");
    refused("legal", caseNumber, "Task_RecordCourtOutcome", Map.of("decision", "DISMISSED",
        "dismissedOn", today.toString()), "Why the court dismissed it is required.");
    LegalReferral unchanged = referrals.latest(caseNumber).orElseThrow();
    assertThat(unchanged.getJudgmentOn()).isNull();
    assertThat(unchanged.getDismissedOn()).isNull();
    mvc.perform(get("/api/cases/{n}/litigation", caseNumber).with(httpBasic("legal", "legal")))
        .andExpect(jsonPath("$[0].hearings").isEmpty()).andExpect(jsonPath("$[0].settlements").isEmpty());
    assertThat(cases.balance(caseNumber)).isEqualByComparingTo("2435.00");

    referral.complete("legal", caseNumber, "Task_RecordCourtOutcome", Map.of("decision", "JUDGMENT",
        "judgmentDate", today.toString(), "judgmentAmount", 2435.00, "judgmentCosts", 185.00,
        "judgmentInterest", 42.50));
    assertThat(cases.balance(caseNumber)).as("the balance is what the judgment awards").isEqualByComparingTo("2662.50");
    refused("legal", caseNumber, "Task_EnforceJudgment", Map.of("step", "ENFORCEMENT",
        "enforcementKind", "WAGE_GARNISHMENT", "servedOn", today.toString()), "names who is ordered to pay");
    refused("legal", caseNumber, "Task_EnforceJudgment", Map.of("step", "ENFORCEMENT",
        "enforcementKind", "BANK_LEVY", "garnishee", "First Texas Bank", "servedOn", today.plusDays(3).toString()),
        "The service date " + today.plusDays(3) + " is in the future.");
    refused("legal", caseNumber, "Task_EnforceJudgment", Map.of("step", "UNCOLLECTABLE"),
        "Why nothing more can be recovered is required.");
    assertThat(mvc.perform(get("/api/cases/{n}/litigation", caseNumber).with(httpBasic("legal", "legal")))
        .andReturn().getResponse().getContentAsString()).contains("\"enforcements\":[]");

    // The API refuses the same way, each field named.
    mvc.perform(post("/api/cases/{n}/litigation/hearings", caseNumber).with(httpBasic("legal", "legal"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"date": "%s", "time": "09:00", "purpose": "Garnishment hearing"}""".formatted(today.minusDays(1))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hearingDate"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("is in the past")));
    mvc.perform(post("/api/cases/{n}/litigation/hearings", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"date": "%s", "time": "09:00", "purpose": "Garnishment hearing"}""".formatted(today.plusDays(9))))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_hearing_reminds_the_legal_inbox_days_before_it_and_a_cancelled_one_does_not() throws Exception {
    String caseNumber = inLitigation();
    LocalDate today = today();

    String first = mvc.perform(post("/api/cases/{n}/litigation/hearings", caseNumber).with(httpBasic("legal", "legal"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"date": "%s", "time": "09:30", "purpose": "Pre-trial conference"}""".formatted(today.plusDays(10))))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.timeZone").value("America/Chicago"))
        .andExpect(jsonPath("$.at").value(today.plusDays(10) + "T09:30:00-05:00"))
        .andReturn().getResponse().getContentAsString();
    long cancelled = json.readTree(mvc.perform(post("/api/cases/{n}/litigation/hearings", caseNumber)
            .with(httpBasic("legal", "legal")).contentType(MediaType.APPLICATION_JSON).content("""
                {"date": "%s", "time": "14:00", "purpose": "Motion hearing"}""".formatted(today.plusDays(11))))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    mvc.perform(post("/api/cases/{n}/litigation/hearings/{id}/cancel", caseNumber, cancelled)
            .with(httpBasic("legal", "legal")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\": \"Moved by the court\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.cancelledAt").isNotEmpty());

    List<Job> timers = management.createJobQuery().activityId("Timer_HearingReminder")
        .processInstanceId(referrals.latest(caseNumber).orElseThrow().getProcessInstanceId()).orderByJobDuedate().asc()
        .list();
    assertThat(timers).hasSize(2);
    assertThat(timers.get(0).getDuedate().toInstant()).isEqualTo(today.plusDays(7).atTime(9, 30)
        .atZone(CENTRAL).toInstant());
    CaseDriver.moveClock(Duration.ofDays(8));
    driver.runJobs(caseNumber);
    dispatcher.dispatch();

    List<MimeMessage> reminders = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).startsWith("Hearing ") && subject(m).contains(caseNumber)).toList();
    assertThat(reminders).singleElement().extracting(LegalReferralTest::subject).asString()
        .contains("9:30 AM", "J5-CV-26-004411");
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getDetail)
        .anyMatch(d -> d.startsWith("Reminder: Pre-trial conference on"))
        .noneMatch(d -> d.startsWith("Reminder: Motion hearing"));
    assertThat(first).contains("Pre-trial conference");
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** A case with contacts, a payment and a servicemember on active duty on record. */
  private String aCaseWithAHistory() throws Exception {
    String caseNumber = referral.placed("2400.00");
    guard.record(caseNumber, ContactChannel.CALL, true, ContactResult.NO_ANSWER, "+15125550147", null, "collector");
    guard.record(caseNumber, ContactChannel.CALL, false, ContactResult.RIGHT_PARTY_CONTACT, "+15125550147",
        "Called back; says the debt is not theirs to pay now", "collector");
    payments.receive(caseNumber, new Payment("PAY-" + caseNumber, new java.math.BigDecimal("150.00"),
        today(), "Card payment"), "manager");
    holds.place(caseNumber, new Holds.NewHold(HoldKind.SERVICEMEMBER, null, null, "Reserve unit called up",
        "Debtor's spouse on the phone"), "collector");
    driver.runJobs(caseNumber);
    referral.complete("collector", caseNumber, "Task_CheckMilitaryStatus", Map.of("militaryStatus", "ACTIVE_DUTY",
        "certificate", "DMDC SCRA report 4471-22"));
    return caseNumber;
  }

  private String inLitigation() {
    String caseNumber = referral.placed("2400.00");
    referral.toApproval(caseNumber);
    referral.approve(caseNumber);
    referral.accept(caseNumber);
    referral.complete("legal", caseNumber, "Task_FileSuit", Map.of("court", "Travis County Justice Court",
        "courtCaseNumber", "J5-CV-26-004411", "filedOn", today().toString()));
    return caseNumber;
  }

  /** Today as the business knows it: on the engine's clock, which the tests move. */
  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("America/New_York"));
  }

  private void refused(String user, String caseNumber, String taskKey, Map<String, Object> form, String reason) {
    var task = driver.task(caseNumber, taskKey);
    assertThat(task).as("the open %s", taskKey).isNotNull();
    assertThatThrownBy(() -> driver.completeAs(user, task, form)).hasMessageContaining(reason);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("%s still open", taskKey).isOne();
  }

  private ResultActions as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      request) throws Exception {
    return mvc.perform(request.with(httpBasic(user, user)));
  }

  private byte[] download(String caseNumber, long id, String user) throws Exception {
    return mvc.perform(get("/api/cases/{n}/documents/{id}", caseNumber, id).with(httpBasic(user, user)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
  }

  private Document only(String caseNumber, String kind) {
    List<Document> found = documents.ofCase(caseNumber).stream().filter(d -> d.getKind().equals(kind)).toList();
    assertThat(found).as(kind).hasSize(1);
    return found.get(0);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

}
