package org.recourse.legal;

import java.util.Locale;
import org.recourse.legal.internal.packet.CourtPacket;
import org.recourse.legal.internal.packet.CourtPacketContents;

/**
 * How long a court packet takes for a big case: 50 letters (rendered from their templates), 1,000 ledger entries
 * and 300 contacts. Run with {@code ./mvnw -Ppacket-benchmark verify} ({@code -Dbenchmark.packets=N} timed packets,
 * default 20, after a warm-up).
 */
public final class CourtPacketBenchmark {

  private static final int LETTERS = 50;
  private static final int LEDGER_LINES = 1_000;
  private static final int CONTACTS = 300;
  private static final int WARM_UP = 5;

  private CourtPacketBenchmark() {
  }

  public static void main(String[] args) {
    int packets = Integer.getInteger("benchmark.packets", 20);
    CourtPacket courtPacket = new CourtPacket(CourtPacketFixture.RENDERER);
    CourtPacketContents contents = CourtPacketFixture.large(LETTERS, LEDGER_LINES, CONTACTS);

    // Warm up the JIT, Thymeleaf's template cache and the font parsing paths.
    for (int i = 0; i < WARM_UP; i++) {
      courtPacket.assemble(contents);
    }

    long total = 0;
    long slowest = 0;
    CourtPacket.Result last = null;
    for (int i = 0; i < packets; i++) {
      long start = System.nanoTime();
      last = courtPacket.assemble(contents);
      long took = System.nanoTime() - start;
      total += took;
      slowest = Math.max(slowest, took);
    }
    System.out.printf(Locale.ROOT, "Recourse court packet benchmark: %d letters, %,d ledger entries, %,d contacts,"
        + " %d cores, JDK %s%n", LETTERS, LEDGER_LINES, CONTACTS, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    System.out.printf(Locale.ROOT, "  %d packets after %d to warm up: mean %,.0f ms, max %,.0f ms per packet;"
        + " %d pages, %,d bytes%n", packets, WARM_UP, total / 1e6 / packets, slowest / 1e6, last.pages(),
        last.pdf().length);
  }
}
