package org.recourse.legal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.recourse.RecourseApplication;
import org.recourse.account.AccountRegistry;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactResult;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.Documents;
import org.recourse.correspondence.LetterKind;
import org.recourse.correspondence.Letters;
import org.recourse.legal.internal.packet.CourtPacket;
import org.recourse.legal.internal.packet.CourtPacketContents;
import org.recourse.legal.internal.packet.CourtPackets;
import org.recourse.legal.internal.referral.LegalReferral;
import org.recourse.legal.internal.referral.LegalReferrals;
import org.recourse.payment.Payment;
import org.recourse.payment.Payments;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.ReferralDriver;
import org.recourse.support.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The court packet of a big case as the legal referral makes it, on PostgreSQL: a case with 50 letters sent (rendered
 * and posted), 1,000 ledger entries and 300 contacts, walked to its referral; then the step that makes the packet,
 * timed once as the job runs it (the case read, the packet assembled, packet and parts stored, committed), and the
 * packet made again from the case {@code -Dbenchmark.packets} times (read and assembled) after a warm-up. Run with
 * {@code ./mvnw -Ppacket-benchmark verify}, after {@link CourtPacketBenchmark}.
 */
public final class CourtPacketFromCaseBenchmark {

  private static final String SCHEMA = "recourse_bench_packet";
  private static final int LETTERS = 50;
  private static final int LEDGER_ENTRIES = 1_000;
  private static final int CONTACTS = 300;
  private static final int WARM_UP = 3;

  private CourtPacketFromCaseBenchmark() {
  }

  public static void main(String[] args) {
    int packets = Integer.getInteger("benchmark.packets", 20);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RecourseApplication.class)
        .initializers(new PostgresTestDatabase())
        .run("--recourse.it.schema=" + SCHEMA, "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
            "--recourse.correspondence.render-initial-delay=PT1H", "--recourse.intake.resume-initial-delay=PT1H",
            "--logging.level.root=WARN")) {
      TestData.usersAndCreditors(app.getBean(IdentityService.class), app.getBean(AccountRegistry.class));
      ReferralDriver referral = new ReferralDriver(app);
      String caseNumber = referral.placed("5000.00");
      LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("America/New_York"));

      ContactGuard guard = app.getBean(ContactGuard.class);
      for (int i = 0; i < CONTACTS; i++) {
        guard.record(caseNumber, ContactChannel.CALL, false, i % 3 == 0 ? ContactResult.RIGHT_PARTY_CONTACT
            : ContactResult.VOICEMAIL, "+15125550147", "Inbound call " + (i + 1), "collector");
      }
      // The opening itemization and fees are two entries; payments make up the rest.
      Payments payments = app.getBean(Payments.class);
      for (int i = 0; i < LEDGER_ENTRIES - 2; i++) {
        payments.receive(caseNumber, new Payment("BENCH-" + caseNumber + "-" + i, new BigDecimal("1.00"), today,
            "Card payment"), "manager");
      }
      // The validation notice and the final demand come with the referral; the rest are disputes answered.
      Letters letters = app.getBean(Letters.class);
      for (int i = 0; i < LETTERS - 2; i++) {
        LetterKind kind = i % 2 == 0 ? LetterKind.DISPUTE_ACKNOWLEDGEMENT : LetterKind.VERIFICATION;
        letters.send(caseNumber, kind, kind.template() + ":bench:" + i, Map.of(), "collector");
      }
      referral.postLetters(caseNumber);
      referral.toApproval(caseNumber);
      referral.cases().completeAs("manager", referral.cases().task(caseNumber, "Task_ApproveReferral"),
          Map.of("approval", "APPROVED"));

      ManagementService management = app.getBean(ManagementService.class);
      Job step = management.createJobQuery().activityId("Task_GenerateCourtPacket").singleResult();
      long start = System.nanoTime();
      management.executeJob(step.getId());
      long firstStep = System.nanoTime() - start;

      LegalReferral approved = app.getBean(LegalReferrals.class).latest(caseNumber).orElseThrow();
      Document kept = app.getBean(Documents.class).ofCase(caseNumber, approved.getPacketDocumentId());
      CourtPackets courtPackets = app.getBean(CourtPackets.class);
      CourtPacket packet = app.getBean(CourtPacket.class);
      CourtPacketContents contents = null;
      for (int i = 0; i < WARM_UP; i++) {
        packet.assemble(courtPackets.contents(approved, "benchmark"));
      }
      long total = 0;
      long slowest = 0;
      long reading = 0;
      for (int i = 0; i < packets; i++) {
        long began = System.nanoTime();
        contents = courtPackets.contents(approved, "benchmark");
        long read = System.nanoTime();
        packet.assemble(contents);
        long took = System.nanoTime() - began;
        reading += read - began;
        total += took;
        slowest = Math.max(slowest, took);
      }
      System.out.printf(Locale.ROOT, "Recourse court packet from a case: %d letters, %,d ledger entries, %,d contacts,"
          + " PostgreSQL, %d cores, JDK %s%n", contents.letters().size(), contents.ledger().size(),
          contents.contacts().size(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      System.out.printf(Locale.ROOT, "  the referral's step, as the job ran it (read, assemble, store, commit): %,.0f ms;"
          + " %d pages, %,d bytes%n", firstStep / 1e6, kept.getPages(), kept.getSizeBytes());
      System.out.printf(Locale.ROOT, "  %d packets from the case after %d to warm up: mean %,.0f ms (of which reading the"
          + " case %,.0f ms), max %,.0f ms per packet%n", packets, WARM_UP, total / 1e6 / packets,
          reading / 1e6 / packets, slowest / 1e6);
    } finally {
      ClockUtil.reset();
    }
  }
}
