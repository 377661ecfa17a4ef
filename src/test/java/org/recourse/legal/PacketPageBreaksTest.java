package org.recourse.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.recourse.correspondence.PageBreaks;
import org.recourse.legal.internal.packet.CourtPacket;
import org.recourse.legal.internal.packet.CourtPacketContents;
import org.recourse.legal.internal.packet.CourtPacketContents.DisputeLine;
import org.recourse.legal.internal.packet.CourtPacketManifest;

/**
 * The court packet's generated pages read page by page with {@link PageBreaks}: none blank or holding only the
 * running header and the page stamp, none ending on a heading. The letters and account records in a packet are the
 * stored documents, untouched; the letters are checked as letters. A packet that fails is left in
 * target/page-breaks to look at.
 */
class PacketPageBreaksTest {

  private static final CourtPacket PACKET = new CourtPacket(CourtPacketFixture.RENDERER);

  @Test
  void the_sample_packet_has_no_page_that_stands_alone() throws IOException {
    assertThat(problems("sample", PACKET.assemble(CourtPacketFixture.sample()))).isEmpty();
  }

  @Test
  void a_bare_packet_has_no_page_that_stands_alone() throws IOException {
    CourtPacketContents sample = CourtPacketFixture.sample();
    CourtPacketContents bare = CourtPacketFixture.with(sample, List.of(), List.of(), List.of(), List.of());
    assertThat(problems("bare", PACKET.assemble(bare))).isEmpty();
  }

  @Test
  void long_histories_run_over_pages_with_no_page_that_stands_alone() throws IOException {
    assertThat(problems("large", PACKET.assemble(CourtPacketFixture.large(40, 400, 150)))).isEmpty();
  }

  /** The cover grows by a line of attention for each dispute awaiting verification, over to a second page. */
  @Test
  void a_cover_of_any_length_has_no_page_that_stands_alone() throws IOException {
    CourtPacketContents sample = CourtPacketFixture.sample();
    List<String> problems = new ArrayList<>();
    for (int disputes = 1; disputes <= 16; disputes++) {
      List<DisputeLine> open = IntStream.rangeClosed(1, disputes)
          .mapToObj(n -> new DisputeLine(LocalDate.of(2026, 12, 1).plusDays(n), "letter",
              "Says payment " + n + " was never credited", false, LocalDate.of(2026, 12, 2).plusDays(n), null,
              "Open"))
          .toList();
      CourtPacketContents contents = CourtPacketFixture.with(sample, sample.letters(), sample.contacts(), open,
          sample.accountRecords());
      problems.addAll(problems(disputes + "-open-disputes", PACKET.assemble(contents)));
    }
    assertThat(problems).isEmpty();
  }

  /** What is wrong with the packet's generated pages, each named with its part. */
  private static List<String> problems(String variant, CourtPacket.Result packet) throws IOException {
    List<String> problems = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(packet.pdf())) {
      for (CourtPacketManifest.Part part : packet.manifest().parts()) {
        int last = part.firstPage() + part.generatedPages() - 1;
        PageBreaks.PACKET.problems(document, part.firstPage(), last)
            .forEach(problem -> problems.add(variant + ", " + part.name() + ": " + problem));
      }
    }
    if (!problems.isEmpty()) {
      Path out = Path.of("target", "page-breaks", "court-packet-" + variant + ".pdf");
      Files.createDirectories(out.getParent());
      Files.write(out, packet.pdf());
    }
    return problems;
  }
}
