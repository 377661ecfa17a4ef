package org.recourse.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** What the packet tests check of a court packet's PDF: its bookmarks and qpdf's structural check. */
final class PacketChecks {

  private static final Path QPDF = Path.of("/usr/bin/qpdf");

  private PacketChecks() {
  }

  /** A bookmark and its siblings, in order. */
  static List<PDOutlineItem> children(PDOutlineItem first) {
    List<PDOutlineItem> items = new ArrayList<>();
    for (PDOutlineItem item = first; item != null; item = item.getNextSibling()) {
      items.add(item);
    }
    return items;
  }

  /** The 1-based packet page a bookmark opens; fails the test when it resolves to no page of the packet. */
  static int pageOf(PDDocument packet, PDOutlineItem item) throws IOException {
    PDPage page = item.findDestinationPage(packet);
    assertThat(page).as("the page of bookmark \"%s\"", item.getTitle()).isNotNull();
    int index = packet.getPages().indexOf(page);
    assertThat(index).as("bookmark \"%s\" points into the packet", item.getTitle()).isNotNegative();
    return index + 1;
  }

  /** qpdf's structural check; CI installs qpdf, and a machine without it must not pass silently. */
  static void assertQpdfPasses(byte[] pdf) throws Exception {
    if (!Files.isExecutable(QPDF)) {
      fail("qpdf is not installed at " + QPDF + ": install it with `apt-get install -y qpdf` (CI does)");
    }
    Path file = Files.createTempFile("court-packet", ".pdf");
    try {
      Files.write(file, pdf);
      Process qpdf = new ProcessBuilder(QPDF.toString(), "--check", file.toString()).redirectErrorStream(true)
          .start();
      String output = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).as("qpdf finished").isTrue();
      assertThat(qpdf.exitValue()).as("qpdf --check exit status; it said:%n%s", output).isZero();
      assertThat(output).contains("No syntax or stream encoding errors found");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
