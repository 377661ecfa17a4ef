package org.recourse.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRules;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.compliance.RestrictionKind;
import org.recourse.compliance.ValidationPeriod;
import org.recourse.correspondence.internal.DocumentContentRepository;
import org.recourse.correspondence.internal.DocumentRepository;
import org.recourse.correspondence.internal.MailOptOuts;
import org.recourse.correspondence.internal.OutboxMail;
import org.recourse.correspondence.internal.OutboxMailRepository;
import org.recourse.correspondence.internal.OutboxStatus;
import org.recourse.correspondence.internal.PersonTasks;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Letters from the process to the debtor on H2, with mail through a real SMTP server (GreenMail): the validation
 * notice, documents byte for byte, the outbox with retries, opt-outs and two dispatchers, and the print batch.
 */
@SpringBootTest(properties = {
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=3025",
    "recourse.correspondence.mail-poll-initial-delay=PT1H",
    "recourse.correspondence.mail-attempts=3"})
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class CorrespondenceTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  AccountIntake intake;
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
  Letters letters;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  OutboxMailRepository outbox;
  @Autowired
  PrintBatches printBatches;
  @Autowired
  ValidationPeriod validationPeriod;
  @Autowired
  DocumentRendering rendering;
  @Autowired
  ContactGuard guard;
  @Autowired
  Holds holds;
  @Autowired
  ApplicationContext context;

  @BeforeEach
  void usersOnAWednesdayAtNoon() {
    // E-mail leaves only at hours the debtor may be contacted (08:00-21:00 local): the tests must not depend on the
    // hour they run at.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-03-04T12:00")
        .atZone(ZoneId.of("America/Chicago")).toInstant()));
    TestData.usersAndCreditors(identity, accounts);
    // The Spring context, and so the database, is shared: e-mails queued by other tests are not this one's.
    outbox.deleteAllInBatch();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void the_validation_notice_is_e_mailed_with_its_pdf_and_the_case_knows_its_validation_period() throws Exception {
    String caseNumber = placeAndSendNotice("notice@example.com");

    Document notice = documents.ofCase(caseNumber).get(0);
    assertThat(notice.getKind()).isEqualTo("validation-notice");
    assertThat(notice.getChannel()).isEqualTo(Channel.EMAIL);
    assertThat(notice.getLanguage()).isEqualTo("es");
    assertThat(notice.getTemplateVersion()).isPositive();
    LocalDate ends = validationPeriod.endDate(LocalDate.now(context.getBean(java.time.Clock.class)));
    assertThat(cases.require(caseNumber).getValidationPeriodEnds()).isEqualTo(ends);
    assertThat(runtime.getVariable(processOf(caseNumber), "validationPeriodOver")).isNotNull();

    assertThat(dispatcher.dispatch()).isEqualTo(1);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("notice@example.com");
    assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/api/mail/opt-out?address=notice%40example.com");
    assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    // Each of the collector's hours stays whole on a line in any mail reader ("8:00 p. m." never broken after "p.").
    assertThat(org.recourse.support.MailText.of(mail)).contains("<span style=\"white-space: nowrap;\">8:00 a. m.</span>",
        "<span style=\"white-space: nowrap;\">8:00 p. m.</span>");
    byte[] attached = pdfAttachment(mail);
    assertThat(Letters.sha256(attached)).isEqualTo(notice.getSha256());
    try (PDDocument pdf = Loader.loadPDF(attached)) {
      assertThat(new PDFTextStripper().getText(pdf)).contains(caseNumber, "Maria Lopez", "1200 Congress Ave");
    }
    assertThat(documents.ofCase(caseNumber).get(0).getStatus()).isEqualTo(DocumentStatus.SENT);

    // Downloads again byte for byte, with its data.
    byte[] downloaded = mvc.perform(get("/api/cases/{n}/documents/{id}", caseNumber, notice.getId())
            .with(httpBasic("collector", "collector")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(downloaded).isEqualTo(attached);
    mvc.perform(get("/api/cases/{n}/documents", caseNumber).with(httpBasic("collector", "collector")))
        .andExpect(jsonPath("$[0].sha256").value(notice.getSha256()))
        .andExpect(jsonPath("$[0].template").value("letters/validation-notice.es"))
        .andExpect(jsonPath("$[0].status").value("SENT"));
    mvc.perform(get("/api/cases/{n}/documents/{id}/data", caseNumber, notice.getId())
            .with(httpBasic("collector", "collector")))
        .andExpect(jsonPath("$.validation.endDate").value(ends.toString()))
        .andExpect(jsonPath("$.itemization.total").value(435.00));
  }

  @Test
  void a_letter_is_recorded_with_its_step_and_leaves_only_once_it_is_rendered() throws Exception {
    String caseNumber = placeAndRecordNotice("render@example.com");
    Document recorded = documents.ofCase(caseNumber).get(0);
    assertThat(recorded.getStatus()).isEqualTo(DocumentStatus.RENDERING);
    assertThat(recorded.getSha256()).isNull();
    assertThat(dispatcher.dispatch()).as("nothing to attach yet").isZero();
    mvc.perform(get("/api/cases/{n}/documents/{id}", caseNumber, recorded.getId())
            .with(httpBasic("collector", "collector")))
        .andExpect(status().isConflict());

    assertThat(rendering.renderPending()).isOne();
    assertThat(rendering.renderPending()).as("rendered once").isZero();

    Document rendered = documents.ofCase(caseNumber).get(0);
    assertThat(rendered.getStatus()).isEqualTo(DocumentStatus.QUEUED);
    assertThat(rendered.getPages()).isOne();
    assertThat(rendered.getSizeBytes()).isBetween(10_000, 60_000);
    assertThat(dispatcher.dispatch()).isOne();
  }

  @Test
  void a_node_shutting_down_leaves_its_letters_waiting_for_the_next_round() {
    String caseNumber = placeAndRecordNotice("stopping@example.com");
    rendering.stop();
    try {
      assertThat(rendering.isRunning()).isFalse();
      assertThat(rendering.renderPending()).as("the node is stopping").isZero();
      assertThat(documents.ofCase(caseNumber).get(0).getStatus()).isEqualTo(DocumentStatus.RENDERING);
    } finally {
      rendering.start();
    }
    // Left unclaimed (a claim would hold it for five minutes), it is rendered in the next round.
    assertThat(rendering.renderPending()).isGreaterThanOrEqualTo(1);
    assertThat(documents.ofCase(caseNumber).get(0).getStatus()).isNotEqualTo(DocumentStatus.RENDERING);
  }

  @Test
  void the_renderer_steps_aside_while_engine_jobs_are_due_or_a_file_is_worked_through() {
    String caseNumber = placeAndRecordNotice("aside@example.com");
    String nextCase = placeAndRecordNotice("next@example.com");
    // A dispute of the next case: the step that acknowledges it is due.
    holds.place(nextCase, new Holds.NewHold(HoldKind.DISPUTE, null, DisputeRequest.VERIFICATION, "Not my debt", "By letter"), "collector");
    CorrespondenceSettings settings = context.getBean(CorrespondenceSettings.class);
    settings.setRenderYieldToJobs(1);
    try {
      assertThat(rendering.renderPending()).as("the next case's step is due").isZero();
      assertThat(documents.ofCase(caseNumber).get(0).getStatus()).isEqualTo(DocumentStatus.RENDERING);

      // The next case's step done, and fewer jobs due than the setting names (the database is shared with other
      // tests, whose jobs may wait), the letters follow.
      management.executeJob(management.createJobQuery().processInstanceId(processOf(nextCase)).executable()
          .singleResult().getId());
      settings.setRenderYieldToJobs((int) management.createJobQuery().executable().active().count() + 1);
      try (var portfolio = context.getBean(org.recourse.platform.FilesAtWork.class).start()) {
        assertThat(rendering.renderPending()).as("a portfolio is being placed on this node").isZero();
      }
      assertThat(rendering.renderPending()).isGreaterThanOrEqualTo(2);
      assertThat(documents.ofCase(caseNumber).get(0).getStatus()).isNotEqualTo(DocumentStatus.RENDERING);
      assertThat(documents.ofCase(nextCase).get(0).getStatus()).isNotEqualTo(DocumentStatus.RENDERING);
    } finally {
      settings.setRenderYieldToJobs(0);
    }
  }

  @Test
  void an_e_mail_waits_for_the_debtors_hours_without_using_up_a_try() {
    // 21:30 in Austin; Texas also has Mountain time, so e-mail may go from 08:00 Mountain (15:00 UTC) on.
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-03-05T03:30:00Z")));
    String caseNumber = placeAndSendNotice("late@example.com");

    assertThat(dispatcher.dispatch()).isZero();
    OutboxMail waiting = outbox.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId()).get(0);
    assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(waiting.getAttempts()).isZero();
    assertThat(waiting.getNextAttemptAt()).isEqualTo(java.time.Instant.parse("2026-03-05T15:00:00Z"));

    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-03-05T15:00:00Z")));
    assertThat(dispatcher.dispatch()).isOne();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void a_hold_that_arrives_after_a_letter_was_written_keeps_it_from_leaving_by_e_mail_or_post() {
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-03-04T16:00:00Z")));
    String emailed = placeAndSendNotice("stay@example.com");
    String posted = placeAndSendNotice(null);
    for (String caseNumber : List.of(emailed, posted)) {
      holds.place(caseNumber, new Holds.NewHold(HoldKind.BANKRUPTCY, null, null, "W.D. Tex. 26-10417, chapter 7",
          "Notice of filing"), "collector");
    }

    assertThat(dispatcher.dispatch()).isZero();
    // The shared database may hold other tests' letters for the post: this case's is not among the batch's.
    printBatches.cut("manager");

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(outbox.findByCaseIdOrderByIdAsc(cases.require(emailed).getId())).extracting(OutboxMail::getStatus)
        .containsExactly(OutboxStatus.WITHHELD);
    for (String caseNumber : List.of(emailed, posted)) {
      assertThat(documents.ofCase(caseNumber)).extracting(Document::getStatus).containsExactly(DocumentStatus.WITHHELD);
      assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getKind)
          .contains(CaseEventKind.LETTER_WITHHELD);
    }
  }

  @Test
  void a_job_retried_or_run_again_produces_no_second_letter() {
    String caseNumber = placeAndSendNotice("again@example.com");

    Document first = documents.ofCase(caseNumber).get(0);
    letters.send(caseNumber, LetterKind.VALIDATION_NOTICE, "validation-notice", Map.of(), "system");
    letters.sendValidationNotice(caseNumber, "system");

    assertThat(documents.ofCase(caseNumber)).extracting(Document::getId).containsExactly(first.getId());
    assertThat(outbox.findByCaseIdOrderByIdAsc(first.getCaseId())).hasSize(1);
  }

  @Test
  void an_opted_out_address_gets_no_more_e_mail_and_its_letters_go_by_post() throws Exception {
    String caseNumber = placeAndSendNotice("optout@example.com");
    dispatcher.dispatch();
    MimeMessage mail = smtp.getReceivedMessages()[0];
    String link = optOutLink(GreenMailUtil.getBody(mail));

    mvc.perform(optOut(get("/api/mail/opt-out"), link))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("no more e-mail")));
    mvc.perform(get("/api/mail/opt-out").param("address", "someone-else@example.com").param("token", "forged"))
        .andExpect(status().isBadRequest());
    assertThat(context.getBean(MailOptOuts.class).optedOut(
        List.of("OptOut@Example.com", "someone-else@example.com", "optout@example.com")))
        .containsExactly("optout@example.com");
    assertThat(guard.decide(caseNumber, new ContactRules.Request(ContactChannel.EMAIL, "OptOut@Example.com", null),
        "collector").rule()).isEqualTo(ContactRules.OPT_OUT_RULE);
    assertThat(guard.decide(caseNumber,
        new ContactRules.Request(ContactChannel.LETTER, null, LetterKind.FINAL_DEMAND.template()), "collector")
        .allowed()).as("letters still go, by post").isTrue();

    Document demand = letters.send(caseNumber, LetterKind.FINAL_DEMAND, "final-demand:test", Map.of(), "system");
    assertThat(demand.getChannel()).isEqualTo(Channel.POST);
    assertThat(dispatcher.dispatch()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void an_e_mail_queued_before_the_opt_out_is_not_sent_and_its_letter_goes_by_post() throws Exception {
    String caseNumber = placeAndSendNotice("late-optout@example.com");
    String link = context.getBean(MailOptOuts.class).link("late-optout@example.com");
    mvc.perform(optOut(post("/api/mail/opt-out"), link)).andExpect(status().isOk());

    assertThat(dispatcher.dispatch()).isZero();

    assertThat(smtp.getReceivedMessages()).isEmpty();
    Document notice = documents.ofCase(caseNumber).get(0);
    assertThat(notice.getChannel()).isEqualTo(Channel.POST);
    assertThat(notice.getStatus()).isEqualTo(DocumentStatus.QUEUED);
  }

  @Test
  void a_refused_e_mail_is_retried_with_backoff_and_after_the_last_try_a_manager_is_told() throws Exception {
    String caseNumber = placeAndSendNotice("refused@example.com");
    long caseId = cases.require(caseNumber).getId();
    smtp.stop();
    try {
      assertThat(dispatcher.dispatch()).isZero();
      OutboxMail afterFirst = outbox.findByCaseIdOrderByIdAsc(caseId).get(0);
      assertThat(afterFirst.getStatus()).isEqualTo(OutboxStatus.PENDING);
      assertThat(afterFirst.getAttempts()).isEqualTo(1);
      assertThat(Duration.between(ClockUtil.now().toInstant(), afterFirst.getNextAttemptAt()))
          .isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
      assertThat(dispatcher.dispatch()).as("not due again yet").isZero();
      assertThat(outbox.findByCaseIdOrderByIdAsc(caseId).get(0).getAttempts()).isEqualTo(1);

      moveClock(Duration.ofMinutes(2));
      dispatcher.dispatch();
      moveClock(Duration.ofMinutes(5));
      dispatcher.dispatch();
    } finally {
      smtp.start();
    }
    OutboxMail failed = outbox.findByCaseIdOrderByIdAsc(caseId).get(0);
    assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(3);
    assertThat(tasks.createTaskQuery().taskCandidateGroup("managers").taskNameLike("E-mail not delivered · "
        + caseNumber + "%").count()).isOne();
    Document notice = documents.ofCase(caseNumber).get(0);
    assertThat(notice.getChannel()).as("the letter still reaches the debtor").isEqualTo(Channel.POST);
    moveClock(Duration.ofHours(5));
    assertThat(dispatcher.dispatch()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void a_refused_e_mail_goes_out_once_the_server_takes_it_again() {
    String caseNumber = placeAndSendNotice("later@example.com");
    smtp.stop();
    try {
      dispatcher.dispatch();
    } finally {
      smtp.start();
    }
    moveClock(Duration.ofMinutes(2));
    assertThat(dispatcher.dispatch()).isOne();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(outbox.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId()).get(0).getStatus())
        .isEqualTo(OutboxStatus.SENT);
  }

  @Test
  void two_dispatchers_never_send_the_same_e_mail() throws Exception {
    List<String> caseNumbers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      caseNumbers.add(placeAndSendNotice("pair" + i + "@example.com"));
    }
    MailDispatcher other = new MailDispatcher(outbox, context.getBean(DocumentRepository.class),
        context.getBean(DocumentContentRepository.class), context.getBean(MailOptOuts.class), cases,
        context.getBean(org.springframework.mail.javamail.JavaMailSender.class), context.getBean(PersonTasks.class),
        context.getBean(CorrespondenceSettings.class),
        context.getBean(org.springframework.transaction.PlatformTransactionManager.class),
        context.getBean(java.time.Clock.class), guard, context.getBean(org.recourse.platform.Node.class));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = threads.invokeAll(List.<Callable<Integer>>of(dispatcher::dispatch, other::dispatch));
      int sent = 0;
      for (Future<Integer> run : runs) {
        sent += run.get();
      }
      sent += dispatcher.dispatch();
      assertThat(sent).isEqualTo(12);
    } finally {
      threads.shutdown();
    }
    assertThat(smtp.getReceivedMessages()).hasSize(12);
    List<String> recipients = new ArrayList<>();
    for (MimeMessage received : smtp.getReceivedMessages()) {
      recipients.add(GreenMailUtil.getAddressList(received.getAllRecipients()));
    }
    assertThat(recipients).doesNotHaveDuplicates();
  }

  @Test
  void a_send_whose_node_stopped_is_not_repeated_but_put_before_a_manager_once_its_lease_is_out() {
    String caseNumber = placeAndSendNotice("lost@example.com");
    long mailId = outbox.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId()).get(0).getId();
    var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    // Another node, beating: its send is its own, whatever the business clock says.
    jdbc.update("insert into recourse_node (node_id, incarnation, started_at, heartbeat_at) values (?, ?, ?, ?)",
        "node-b-" + mailId, "0000beef", java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()));
    String otherLife = "node-b-" + mailId + "@0000beef";
    new org.springframework.transaction.support.TransactionTemplate(
        context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
        .executeWithoutResult(status -> outbox.claim(mailId, otherLife, ClockUtil.now().toInstant()));

    moveClock(Duration.ofDays(3));
    assertThat(dispatcher.dispatch()).isZero();
    assertThat(outbox.findById(mailId).orElseThrow().getStatus()).as("a live node's send").isEqualTo(OutboxStatus.SENDING);

    // It stops beating: once the lease (20 s) is out, its send is put before a person, not repeated.
    jdbc.update("update recourse_node set heartbeat_at = ? where node_id = ?",
        java.sql.Timestamp.from(Instant.now().minusSeconds(21)), "node-b-" + mailId);
    assertThat(dispatcher.dispatch()).isZero();

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(outbox.findById(mailId).orElseThrow().getStatus()).isEqualTo(OutboxStatus.UNCERTAIN);
    assertThat(tasks.createTaskQuery().taskCandidateGroup("managers")
        .taskNameLike("E-mail may not have been delivered · " + caseNumber + "%").count()).isOne();
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getDetail)
        .anyMatch(event -> event.contains("not known whether the mail server took it")
        && event.contains("the node " + otherLife + " stopped while sending it"));
  }

  @Test
  void letters_for_the_post_go_out_in_a_print_batch_with_a_manifest_and_count_as_sent_once_confirmed()
      throws Exception {
    String first = placeAndSendNotice(null);
    String second = placeAndSendNotice(null);
    assertThat(documents.ofCase(first).get(0).getChannel()).isEqualTo(Channel.POST);

    String created = mvc.perform(post("/api/print-batches").with(httpBasic("manager", "manager")))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long batchId = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
    mvc.perform(post("/api/print-batches").with(httpBasic("manager", "manager")))
        .andExpect(status().isNoContent());

    String manifest = mvc.perform(get("/api/print-batches/{id}/manifest.csv", batchId)
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(manifest)).getRecords();
    List<String> batched = rows.stream().map(row -> row.get("case_number")).toList();
    assertThat(batched).contains(first, second);
    CSVRecord row = rows.get(batched.indexOf(first));
    assertThat(row.get("name")).isEqualTo("Maria Lopez");
    assertThat(row.get("address_1")).isEqualTo("1200 Congress Ave");
    assertThat(row.get("address_2")).isEqualTo("Austin, TX 78701");
    assertThat(row.get("letter")).isEqualTo("validation-notice");

    byte[] merged = mvc.perform(get("/api/print-batches/{id}/letters.pdf", batchId)
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument pdf = Loader.loadPDF(merged)) {
      int pages = rows.stream().mapToInt(r -> Integer.parseInt(r.get("pages"))).sum();
      assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
      PDFTextStripper text = new PDFTextStripper();
      int page = Integer.parseInt(row.get("first_page"));
      text.setStartPage(page);
      text.setEndPage(page);
      assertThat(text.getText(pdf)).contains(first);
    }
    assertThat(documents.ofCase(first).get(0).getStatus()).isEqualTo(DocumentStatus.BATCHED);

    mvc.perform(post("/api/print-batches/{id}/confirmation", batchId).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/print-batches/{id}/confirmation", batchId).with(httpBasic("manager", "manager"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"mailedOn\":\"" + LocalDate.now() + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CONFIRMED"));
    assertThat(documents.ofCase(first).get(0).getStatus()).isEqualTo(DocumentStatus.SENT);
    mvc.perform(post("/api/print-batches/{id}/confirmation", batchId).with(httpBasic("manager", "manager")))
        .andExpect(status().isConflict());
  }

  @Test
  void the_contact_guard_withholds_letters_the_debtor_asked_us_not_to_send() throws Exception {
    String caseNumber = placeAndSendNotice(null);
    guard.restrict(caseNumber, RestrictionKind.CEASE, null, null, "letter of 20 November",
        "scanned letter, document 12", "collector");

    mvc.perform(post("/api/cases/{n}/letters", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"letter\":\"dispute-acknowledgement\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("FDCPA-1692c(c)"));
    mvc.perform(post("/api/cases/{n}/letters", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"letter\":\"cease-acknowledgement\"}"))
        .andExpect(status().isCreated());

    guard.restrict(caseNumber, RestrictionKind.ATTORNEY, null, null, "Dana Reyes, Esq.",
        "letter of representation", "collector");
    assertThat(letters.sendIfAllowed(caseNumber, LetterKind.FINAL_DEMAND, "final-demand:withheld", Map.of(),
        "system")).isEmpty();
    assertThat(documents.ofCase(caseNumber)).extracting(Document::getKind)
        .containsExactly("validation-notice", "cease-acknowledgement");
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getKind)
        .contains(CaseEventKind.LETTER_WITHHELD);
  }

  @Test
  void a_preview_renders_any_letter_for_a_case_and_stores_nothing() throws Exception {
    String caseNumber = placeAndSendNotice(null);

    byte[] preview = mvc.perform(get("/api/cases/{n}/letters/final-demand/preview", caseNumber)
            .param("language", "en").with(httpBasic("collector", "collector")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument pdf = Loader.loadPDF(preview)) {
      assertThat(new PDFTextStripper().getText(pdf)).contains(caseNumber, "Maria Lopez");
    }
    mvc.perform(post("/api/cases/{n}/letters/plan-agreement/preview", caseNumber)
            .with(httpBasic("collector", "collector")).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("plan"));
    mvc.perform(get("/api/cases/{n}/letters/no-such-letter/preview", caseNumber)
            .with(httpBasic("collector", "collector")))
        .andExpect(status().isNotFound());
    assertThat(documents.ofCase(caseNumber)).hasSize(1);
  }

  private String placeAndSendNotice(String email) {
    String caseNumber = placeAndRecordNotice(email);
    rendering.renderPending();
    return caseNumber;
  }

  /** Places an account, which sends its validation notice with the placement; the letter is not rendered yet. */
  private String placeAndRecordNotice(String email) {
    var outcome = intake.place(TestData.placement(TestData.accountNumber(), "400.00", email), "admin");
    String caseNumber = ((PlacementOutcome.Placed) outcome).caseNumber();
    assertThat(management.createJobQuery().processInstanceId(processOf(caseNumber)).count())
        .as("no step of its own for the notice").isZero();
    return caseNumber;
  }

  private String processOf(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("collection-case").singleResult().getId();
  }

  private static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.now().getTime() + by.toMillis()));
  }


  private static byte[] pdfAttachment(MimeMessage mail) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      var part = parts.getBodyPart(i);
      if (part.getContentType().toLowerCase().startsWith("application/pdf")) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("the e-mail carries no PDF");
  }

  /** The request the link makes, its query decoded as a browser would send it. */
  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder optOut(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String link) {
    var query = org.springframework.web.util.UriComponentsBuilder.fromUriString(link).build().getQueryParams();
    assertThat(link).startsWith("http://localhost:8080/api/mail/opt-out?");
    return request
        .param("address", java.net.URLDecoder.decode(query.getFirst("address"), java.nio.charset.StandardCharsets.UTF_8))
        .param("token", query.getFirst("token"));
  }

  private static String optOutLink(String body) {
    Matcher link = Pattern.compile("href=(?:3D)?\"([^\"]*opt-out[^\"]*)\"").matcher(body.replace("=\r\n", "")
        .replace("=3D", "=").replace("&amp;", "&"));
    assertThat(link.find()).as("the body links to the opt-out").isTrue();
    return link.group(1);
  }
}
