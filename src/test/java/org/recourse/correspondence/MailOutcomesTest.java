package org.recourse.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.correspondence.internal.OutboxMail;
import org.recourse.correspondence.internal.OutboxMailRepository;
import org.recourse.correspondence.internal.OutboxStatus;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What becomes of an e-mail by what the SMTP server did, against a real socket speaking SMTP: a server that takes the
 * message and acknowledges it only after the read timeout leaves it uncertain, tried once and before a manager; a
 * server that answers 451, or drops the connection before its greeting, refused it: it is tried again.
 */
@SpringBootTest(properties = {
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=" + MailOutcomesTest.PORT,
    "spring.mail.properties.mail.smtp.timeout=1000",
    "spring.mail.properties.mail.smtp.connectiontimeout=1000",
    "recourse.correspondence.mail-poll-initial-delay=PT1H",
    "recourse.correspondence.mail-first-retry-after=PT0S",
    "recourse.correspondence.mail-attempts=3"})
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class MailOutcomesTest {

  static final int PORT = 3031;
  private static ScriptedSmtp server;

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  AccountIntake intake;
  @Autowired
  TaskService tasks;
  @Autowired
  CollectionCases cases;
  @Autowired
  Documents documents;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  OutboxMailRepository outbox;
  @Autowired
  DocumentRendering rendering;

  @BeforeAll
  static void startServer() throws IOException {
    server = new ScriptedSmtp(PORT);
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  @BeforeEach
  void aWednesdayAtNoon() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2026-03-04T12:00")
        .atZone(ZoneId.of("America/Chicago")).toInstant()));
    TestData.usersAndCreditors(identity, accounts);
    outbox.deleteAllInBatch();
    server.messages.set(0);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void a_message_taken_but_acknowledged_after_the_read_timeout_is_uncertain_tried_once_and_before_a_manager()
      throws Exception {
    server.mode = Mode.ACKNOWLEDGE_LATE;
    String caseNumber = noticeByEmail("late@example.com");

    assertThat(dispatcher.dispatch()).isZero();
    assertThat(dispatcher.dispatch()).isZero();

    assertThat(server.messages.get()).as("handed over once, never again by itself").isOne();
    OutboxMail mail = outbox.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId()).get(0);
    assertThat(mail.getStatus()).isEqualTo(OutboxStatus.UNCERTAIN);
    assertThat(mail.getAttempts()).isOne();
    assertThat(mail.getLastError()).contains("no answer from the mail server after the message was handed over")
        .contains("SocketTimeoutException");
    Document notice = documents.ofCase(caseNumber).get(0);
    assertThat(notice.getChannel()).as("not moved to the post").isEqualTo(Channel.EMAIL);
    assertThat(notice.getStatus()).as("not known to be sent").isNotEqualTo(DocumentStatus.SENT);
    assertThat(cases.history(cases.require(caseNumber))).filteredOn(e -> e.getKind() == CaseEventKind.MAIL_UNCERTAIN)
        .extracting(CaseEvent::getDetail).singleElement().asString()
        .contains("not known whether the mail server took it").contains("late@example.com");
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getKind)
        .doesNotContain(CaseEventKind.MAIL_FAILED, CaseEventKind.MAIL_SENT);
    assertThat(tasks.createTaskQuery().taskCandidateGroup("managers")
        .taskNameLike("E-mail may not have been delivered · " + caseNumber + "%").count()).isOne();

    // The managers' list says what happened, without the e-mail's body.
    mvc.perform(get("/api/mail/outbox").with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(mail.getId()))
        .andExpect(jsonPath("$[0].caseNumber").value(caseNumber))
        .andExpect(jsonPath("$[0].status").value("UNCERTAIN"))
        .andExpect(jsonPath("$[0].recipient").value("late@example.com"))
        .andExpect(jsonPath("$[0].body").doesNotExist());
  }

  @Test
  void a_server_that_answers_451_refused_the_message_and_it_is_tried_again() {
    server.mode = Mode.REFUSE_451;
    String caseNumber = noticeByEmail("busy@example.com");

    assertThat(dispatcher.dispatch()).isZero();
    OutboxMail refused = outbox.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId()).get(0);
    assertThat(refused.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(refused.getLastError()).contains("the server answered 451");

    server.mode = Mode.ACCEPT;
    assertThat(dispatcher.dispatch()).isOne();
    assertThat(server.messages.get()).isEqualTo(2);
    assertThat(outbox.findById(refused.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);
    assertThat(documents.ofCase(caseNumber).get(0).getStatus()).isEqualTo(DocumentStatus.SENT);
    assertThat(cases.history(cases.require(caseNumber))).extracting(CaseEvent::getKind)
        .contains(CaseEventKind.MAIL_SENT).doesNotContain(CaseEventKind.MAIL_UNCERTAIN);
  }

  @Test
  void a_connection_dropped_before_the_greeting_handed_nothing_over_and_is_tried_again_up_to_the_last_try() {
    server.mode = Mode.DROP;
    String caseNumber = noticeByEmail("gone@example.com");

    for (int i = 0; i < 3; i++) {
      assertThat(dispatcher.dispatch()).isZero();
    }

    OutboxMail failed = outbox.findByCaseIdOrderByIdAsc(cases.require(caseNumber).getId()).get(0);
    assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(3);
    assertThat(documents.ofCase(caseNumber).get(0).getChannel()).as("the letter goes by post").isEqualTo(Channel.POST);
  }

  private String noticeByEmail(String email) {
    var outcome = intake.place(TestData.placement(TestData.accountNumber(), "400.00", email), "admin");
    String caseNumber = ((PlacementOutcome.Placed) outcome).caseNumber();
    // The notice went with the placement, queued for e-mail; laid out, it is sent by the dispatcher.
    rendering.renderPending();
    return caseNumber;
  }

  enum Mode { ACCEPT, ACKNOWLEDGE_LATE, REFUSE_451, DROP }

  /** Just enough of an SMTP server, answering as told. */
  static final class ScriptedSmtp implements AutoCloseable {

    final AtomicInteger messages = new AtomicInteger();
    volatile Mode mode = Mode.ACCEPT;
    private final ServerSocket socket;

    ScriptedSmtp(int port) throws IOException {
      socket = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress());
      Thread accepting = new Thread(this::accept, "scripted-smtp");
      accepting.setDaemon(true);
      accepting.start();
    }

    private void accept() {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          Thread session = new Thread(() -> converse(connection), "scripted-smtp-session");
          session.setDaemon(true);
          session.start();
        } catch (IOException closed) {
          return;
        }
      }
    }

    private void converse(Socket connection) {
      try (connection; BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
          StandardCharsets.US_ASCII)); OutputStream out = connection.getOutputStream()) {
        if (mode == Mode.DROP) {
          return;
        }
        say(out, "220 scripted ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
          String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
          switch (command) {
            case "EHLO", "HELO" -> say(out, "250 scripted");
            case "MAIL", "RCPT", "RSET", "NOOP" -> say(out, "250 OK");
            case "DATA" -> {
              say(out, "354 End data with <CR><LF>.<CR><LF>");
              while ((line = in.readLine()) != null && !line.equals(".")) {
                // the message
              }
              messages.incrementAndGet();
              switch (mode) {
                case REFUSE_451 -> say(out, "451 4.3.0 Try again later");
                case ACKNOWLEDGE_LATE -> {
                  Thread.sleep(3000);
                  say(out, "250 OK queued");
                }
                default -> say(out, "250 OK queued");
              }
            }
            case "QUIT" -> {
              say(out, "221 Bye");
              return;
            }
            default -> say(out, "500 unknown");
          }
        }
      } catch (IOException | InterruptedException ended) {
        // the client went away
      }
    }

    private static void say(OutputStream out, String reply) throws IOException {
      out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
