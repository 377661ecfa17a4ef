package org.recourse.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.legal.CourtPacketFixture.money;
import static org.recourse.legal.PacketChecks.assertQpdfPasses;
import static org.recourse.legal.PacketChecks.children;
import static org.recourse.legal.PacketChecks.pageOf;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.UsState;
import org.recourse.correspondence.Channel;
import org.recourse.legal.internal.packet.CourtPacket;
import org.recourse.legal.internal.packet.CourtPacketContents;
import org.recourse.legal.internal.packet.CourtPacketContents.LastPayment;
import org.recourse.legal.internal.packet.CourtPacketContents.LedgerLine;
import org.recourse.legal.internal.packet.CourtPacketContents.LetterCopy;
import org.recourse.legal.internal.packet.CourtPacketContents.Limitation;
import org.recourse.legal.internal.packet.CourtPacketContents.StatementOfAccount;
import org.recourse.legal.internal.packet.CourtPacketManifest;
import org.recourse.legal.internal.packet.PacketWords;
import org.recourse.payment.LedgerEntryKind;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The court packet read back as the legal team and a verifier would read it: with PDFBox, qpdf and veraPDF, against
 * the sample case of {@link CourtPacketFixture}. The packets are left in target/court-packet to look at.
 */
class CourtPacketTest {

  private static final CourtPacket PACKET = new CourtPacket(CourtPacketFixture.RENDERER);

  private static CourtPacketContents contents;
  private static CourtPacket.Result result;

  @BeforeAll
  static void assembleTheSamplePacket() throws IOException {
    contents = CourtPacketFixture.sample();
    result = PACKET.assemble(contents);
    keep("RC-0000042.pdf", result.pdf());
    keep("RC-0000042.manifest.json", result.manifestJson().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void every_part_is_bookmarked_in_index_order_at_its_first_page() throws IOException {
    try (PDDocument packet = Loader.loadPDF(result.pdf())) {
      List<PDOutlineItem> parts = children(packet.getDocumentCatalog().getDocumentOutline().getFirstChild());
      assertThat(parts).extracting(PDOutlineItem::getTitle)
          .containsExactlyElementsOf(Arrays.stream(CourtPacket.Part.values()).map(CourtPacket.Part::title).toList());
      for (int i = 0; i < parts.size(); i++) {
        CourtPacketManifest.Part part = result.manifest().parts().get(i);
        assertThat(pageOf(packet, parts.get(i))).as(part.name()).isEqualTo(part.firstPage());
      }
    }
  }

  @Test
  void the_index_states_the_page_every_bookmark_points_to() throws IOException {
    try (PDDocument packet = Loader.loadPDF(result.pdf())) {
      CourtPacketManifest.Part index = part("index");
      String text = text(packet, index.firstPage(), index.firstPage() + index.pages() - 1);
      List<PDOutlineItem> bookmarks = new ArrayList<>();
      for (PDOutlineItem part : children(packet.getDocumentCatalog().getDocumentOutline().getFirstChild())) {
        bookmarks.add(part);
        bookmarks.addAll(children(part.getFirstChild()));
      }
      assertThat(bookmarks).hasSize(CourtPacket.Part.values().length + 3 + 1);
      for (PDOutlineItem bookmark : bookmarks) {
        Matcher line = Pattern.compile("^" + Pattern.quote(bookmark.getTitle()) + " (\\d+)$", Pattern.MULTILINE)
            .matcher(text);
        assertThat(line.find()).as("the index lists \"%s\"", bookmark.getTitle()).isTrue();
        assertThat(Integer.parseInt(line.group(1))).as(bookmark.getTitle()).isEqualTo(pageOf(packet, bookmark));
      }
    }
  }

  @Test
  void every_bookmark_resolves_to_a_page_of_the_packet() throws IOException {
    try (PDDocument packet = Loader.loadPDF(result.pdf())) {
      List<PDOutlineItem> parts = children(packet.getDocumentCatalog().getDocumentOutline().getFirstChild());
      for (PDOutlineItem part : parts) {
        assertThat(pageOf(packet, part)).as(part.getTitle()).isBetween(1, packet.getNumberOfPages());
        for (PDOutlineItem child : children(part.getFirstChild())) {
          assertThat(pageOf(packet, child)).as(child.getTitle()).isBetween(1, packet.getNumberOfPages());
        }
      }
      PDOutlineItem letters = parts.get(CourtPacket.Part.LETTERS.ordinal());
      assertThat(children(letters.getFirstChild())).extracting(PDOutlineItem::getTitle).containsExactly(
          "Validation notice, sent 11/23/2026", "Dispute acknowledgement, sent 12/04/2026",
          "Verification of the debt, sent 12/18/2026");
    }
  }

  @Test
  void letters_are_the_letters_own_pages_unchanged_and_in_the_order_sent() throws IOException {
    CourtPacketManifest.Part part = part("letters");
    assertThat(part.documents()).extracting(CourtPacketManifest.Document::id).containsExactly("11", "12", "13");
    try (PDDocument packet = Loader.loadPDF(result.pdf())) {
      for (CourtPacketManifest.Document document : part.documents()) {
        LetterCopy letter = contents.letters().stream()
            .filter(l -> Long.toString(l.documentId()).equals(document.id())).findFirst().orElseThrow();
        try (PDDocument original = Loader.loadPDF(letter.pdf())) {
          assertThat(document.pages()).isEqualTo(original.getNumberOfPages());
          for (int i = 0; i < original.getNumberOfPages(); i++) {
            PDPage copy = packet.getPage(document.firstPage() - 1 + i);
            assertThat(contentOf(copy)).as("content of page %d of letter %s", i + 1, document.id())
                .isEqualTo(contentOf(original.getPage(i)));
            String copyText = text(packet, document.firstPage() + i, document.firstPage() + i);
            assertThat(copyText).isEqualTo(text(original, i + 1, i + 1)).doesNotContain("Court packet");
          }
        }
      }
    }
  }

  @Test
  void the_statement_of_account_shows_the_itemization_that_adds_up_and_the_last_payment() throws IOException {
    String statement = partText("statement-of-account");
    assertThat(statement).contains("Itemization since the itemization date",
        "06/30/2025 (charge-off date)",
        "Owed on 06/30/2025 $1,954.20",
        "Interest charged since then + $187.65",
        "Fees charged since then + $70.00",
        "Payments and credits since then \u2212 $24.40",
        "Balance now = $2,187.45",
        "Balance at charge-off $1,954.20",
        "Date of the last payment 03/14/2025",
        "Amount of the last payment $75.00");
  }

  @Test
  void the_account_number_appears_only_as_its_last_four_digits() throws IOException {
    String everything;
    try (PDDocument packet = Loader.loadPDF(result.pdf())) {
      everything = text(packet, 1, Integer.MAX_VALUE);
    }
    String full = CourtPacketFixture.ACCOUNT_NUMBER;
    assertThat(everything).contains("****4821").doesNotContain(full).doesNotContain(full.substring(0, 12));
    assertThat(partText("parties")).contains("Account number ****4821");
    assertThat(result.manifestJson()).doesNotContain(full);
    assertThat(contents.toString()).doesNotContain(full);
  }

  @Test
  void the_manifest_hashes_recompute_from_the_bytes_they_cover() throws IOException {
    CourtPacketManifest manifest = result.manifest();
    assertThat(manifest.sha256()).isEqualTo(CourtPacketContents.sha256(result.pdf()));
    assertThat(manifest.pages()).isEqualTo(result.pages());
    assertThat(result.generatedParts().keySet()).containsExactlyElementsOf(
        manifest.parts().stream().map(CourtPacketManifest.Part::name).toList());
    int next = 1;
    for (CourtPacketManifest.Part part : manifest.parts()) {
      byte[] generated = result.generatedParts().get(part.name());
      assertThat(part.sha256()).as(part.name()).isEqualTo(CourtPacketContents.sha256(generated));
      try (PDDocument own = Loader.loadPDF(generated)) {
        assertThat(part.generatedPages()).as(part.name()).isEqualTo(own.getNumberOfPages());
      }
      assertThat(part.firstPage()).as(part.name()).isEqualTo(next);
      int page = part.firstPage() + part.generatedPages();
      for (CourtPacketManifest.Document document : part.documents()) {
        assertThat(document.firstPage()).isEqualTo(page);
        page += document.pages();
      }
      assertThat(part.pages()).isEqualTo(page - part.firstPage());
      next = page;
    }
    assertThat(next - 1).isEqualTo(manifest.pages());
    for (LetterCopy letter : contents.letters()) {
      CourtPacketManifest.Document document = part("letters").documents().stream()
          .filter(d -> d.id().equals(Long.toString(letter.documentId()))).findFirst().orElseThrow();
      assertThat(document.sha256()).isEqualTo(CourtPacketContents.sha256(letter.pdf()));
      assertThat(document.dated()).isEqualTo(letter.sentOn());
    }
    assertThat(part("account-records").documents()).singleElement()
        .satisfies(d -> assertThat(d.sha256()).isEqualTo(
            CourtPacketContents.sha256(contents.accountRecords().get(0).pdf())));

    CourtPacketManifest read = JsonMapper.builder().addModule(new JavaTimeModule()).build()
        .readValue(result.manifestJson(), CourtPacketManifest.class);
    assertThat(read).isEqualTo(manifest);
    assertThat(result.manifestJson()).contains("\"generatedAt\" : \"2027-02-01T15:30:00Z\"",
        "\"dated\" : \"2026-11-23\"");
  }

  @Test
  void every_generated_page_carries_the_case_number_and_its_page_of_the_whole_packet() throws IOException {
    try (PDDocument packet = Loader.loadPDF(result.pdf())) {
      int total = packet.getNumberOfPages();
      for (CourtPacketManifest.Part part : result.manifest().parts()) {
        for (int page = part.firstPage(); page < part.firstPage() + part.generatedPages(); page++) {
          assertThat(text(packet, page, page)).as("page %d", page)
              .contains("RC-0000042 \u00b7 Court packet", "Page " + page + " of " + total);
        }
      }
    }
  }

  @Test
  void every_generated_page_writes_its_dates_in_the_packets_one_form() throws IOException {
    // The enclosed letters speak to the debtor in their own words; the pages the packet writes, to the court.
    assertThat(partText("cover")).as("an eligibility reason as recorded, its date restated")
        .contains("The validation period ended on 01/20/2027");
    Pattern otherForms = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|(January|February|March|April|May|June|July"
        + "|August|September|October|November|December) \\d{1,2}, \\d{4}");
    try (PDDocument packet = Loader.loadPDF(result.pdf())) {
      for (CourtPacketManifest.Part part : result.manifest().parts()) {
        for (int page = part.firstPage(); page < part.firstPage() + part.generatedPages(); page++) {
          // The approver's note and the creditor's notes on the chain of title are quoted as they were written.
          String written = text(packet, page, page).replace(contents.referral().notes(), "");
          for (CourtPacketContents.Transfer transfer : contents.parties().chainOfTitle()) {
            written = written.replace(transfer.note(), "");
          }
          assertThat(otherForms.matcher(written).results().map(MatchResult::group))
              .as("dates on page %d (%s) not written MM/dd/yyyy", page, part.name()).isEmpty();
        }
      }
    }
  }

  @Test
  void the_packet_describes_itself_and_reads_back_whole() throws IOException {
    try (PDDocument packet = Loader.loadPDF(result.pdf())) {
      assertThat(packet.getNumberOfPages()).isEqualTo(result.pages());
      assertThat(packet.getDocumentInformation().getTitle()).isEqualTo("Court packet RC-0000042");
      assertThat(packet.getDocumentInformation().getAuthor()).isEqualTo("Recourse Recovery Services");
      assertThat(packet.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(CourtPacketFixture.GENERATED_AT);
      String text = text(packet, 1, Integer.MAX_VALUE);
      assertThat(text).contains("Legal referral packet", "DRAFT \u2014 NOT SIGNED", "Affidavit of debt",
          "Not in military service", "Expires 06/30/2030 (Illinois, 5 years)");
    }
    assertThat(pdfAViolations(result.pdf())).as("PDF/A-2b violations of the packet").isEmpty();
  }

  @Test
  void qpdf_finds_no_structural_error() throws Exception {
    assertQpdfPasses(result.pdf());
  }

  @Test
  void long_histories_run_over_pages_repeating_their_table_headers() throws Exception {
    CourtPacketContents large = CourtPacketFixture.large(5, 1_000, 300);
    CourtPacket.Result packet = PACKET.assemble(large);
    keep("RC-0000042-large.pdf", packet.pdf());
    try (PDDocument document = Loader.loadPDF(packet.pdf())) {
      for (String name : List.of("payment-history", "contact-history")) {
        CourtPacketManifest.Part part = packet.manifest().parts().stream().filter(p -> p.name().equals(name))
            .findFirst().orElseThrow();
        assertThat(part.pages()).as(name).isGreaterThan(5);
        String header = name.equals("payment-history") ? "Date Entry Description Reference Amount Balance"
            : "When Channel Direction Result Number or address By Notes";
        for (int page = part.firstPage(); page < part.firstPage() + part.pages(); page++) {
          assertThat(text(document, page, page)).as("%s, page %d", name, page).contains(header);
        }
      }
      String history = text(document, packet.manifest().parts().get(3).firstPage(),
          packet.manifest().parts().get(3).firstPage() + packet.manifest().parts().get(3).pages() - 1);
      LedgerLine last = large.ledger().get(999);
      assertThat(history).contains("PAY-100999", "$" + String.format("%,.2f", last.balance()));
    }
    assertQpdfPasses(packet.pdf());
  }

  @Test
  void a_case_without_letters_contacts_disputes_or_account_records_still_gets_a_whole_packet_saying_none()
      throws Exception {
    CourtPacketContents bare = CourtPacketFixture.with(contents, List.of(), List.of(), List.of(), List.of());
    CourtPacket.Result packet = PACKET.assemble(bare);
    keep("RC-0000042-bare.pdf", packet.pdf());
    assertThat(packet.manifest().parts()).extracting(CourtPacketManifest.Part::name).containsExactly("cover",
        "index", "statement-of-account", "payment-history", "parties", "account-records", "letters", "disputes",
        "contact-history", "holds-and-flags", "limitation", "affidavit");
    assertThat(packet.manifest().parts()).allSatisfy(part -> {
      assertThat(part.documents()).isEmpty();
      assertThat(part.pages()).isEqualTo(part.generatedPages()).isPositive();
    });
    try (PDDocument document = Loader.loadPDF(packet.pdf())) {
      assertThat(children(document.getDocumentCatalog().getDocumentOutline().getFirstChild()))
          .hasSize(CourtPacket.Part.values().length)
          .allSatisfy(item -> assertThat(item.hasChildren()).isFalse());
      String text = text(document, 1, Integer.MAX_VALUE);
      assertThat(text).contains("None: no letter was sent on this case.",
          "None: no contact with the debtor, and no attempt at one, is on",
          "None: the debtor never disputed the debt",
          "None: the creditor supplied neither the agreement nor a statement",
          "No validation notice is among the letters sent.");
    }
    assertQpdfPasses(packet.pdf());
  }

  @Test
  void the_cover_calls_attention_to_what_would_stop_a_suit() throws IOException {
    CourtPacketContents unverified = CourtPacketFixture.with(contents, contents.letters(), contents.contacts(),
        List.of(new CourtPacketContents.DisputeLine(LocalDate.of(2027, 1, 25), "e-mail", "Not my debt", false,
            LocalDate.of(2027, 1, 26), null, "Open")),
        contents.accountRecords());
    CourtPacket.Result packet = PACKET.assemble(unverified);
    try (PDDocument document = Loader.loadPDF(packet.pdf())) {
      assertThat(text(document, 1, 1)).contains("For the legal team's attention",
          "The dispute received on 01/25/2027 has no verification sent (status: Open).");
    }
    assertThat(partText("cover")).contains("None: no hold or flag in force");
  }

  @Test
  void a_statement_that_does_not_add_up_is_refused() {
    assertThatThrownBy(() -> new StatementOfAccount(ItemizationDateType.CHARGE_OFF, CourtPacketFixture.CHARGE_OFF,
        money("1954.20"), money("187.65"), money("70.00"), money("24.40"), money("2187.40"),
        CourtPacketFixture.CHARGE_OFF, money("1954.20"), new LastPayment(LocalDate.of(2025, 3, 14), money("75.00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the statement of account does not add up: 1954.20 owed on the itemization date 2025-06-30"
            + " + 187.65 interest + 70.00 fees - 24.40 payments and credits = 2187.45, not the balance of 2187.40"
            + " stated");
  }

  @Test
  void a_payment_history_that_does_not_add_up_to_the_statement_is_refused() {
    List<LedgerLine> ledger = new ArrayList<>(contents.ledger());
    LedgerLine fee = ledger.get(2);
    ledger.set(2, new LedgerLine(fee.effectiveDate(), fee.kind(), fee.description(), money("75.00"), null,
        fee.balance()));
    assertThatThrownBy(() -> CourtPacketFixture.withStatement(contents, ledger, contents.statement()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RC-0000042: the payment history does not add up at line 3 (2025-12-31, FEE 75.00):"
            + " the running balance is 2216.85, not 2211.85 as stated");

    List<LedgerLine> short1 = contents.ledger().subList(0, 3);
    assertThatThrownBy(() -> CourtPacketFixture.withStatement(contents, short1, contents.statement()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RC-0000042: the payment history ends on a balance of 2211.85 but the statement of account"
            + " states 2187.45");
  }

  @Test
  void a_letter_whose_bytes_do_not_match_its_stored_hash_is_refused() {
    LetterCopy letter = contents.letters().get(0);
    byte[] altered = letter.pdf();
    altered[altered.length / 2] ^= 1;
    assertThatThrownBy(() -> new LetterCopy(letter.documentId(), letter.title(), letter.template(), letter.sentOn(),
        Channel.POST, letter.sha256(), altered))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("letter 12 (Dispute acknowledgement, sent 2026-12-04): its bytes hash to SHA-256 "
            + CourtPacketContents.sha256(altered) + ", not to the stored " + letter.sha256());
  }

  @Test
  void a_letter_that_is_not_a_pdf_is_refused_when_the_packet_is_assembled() {
    byte[] notPdf = "not a pdf".getBytes(StandardCharsets.US_ASCII);
    LetterCopy broken = new LetterCopy(99, "Final demand", "letters/final-demand.en", LocalDate.of(2027, 1, 5),
        Channel.POST, CourtPacketContents.sha256(notPdf), notPdf);
    CourtPacketContents withBroken = CourtPacketFixture.with(contents, List.of(broken), contents.contacts(),
        contents.disputes(), contents.accountRecords());
    assertThatThrownBy(() -> PACKET.assemble(withBroken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("letter 99 (Final demand) is not a readable PDF");
  }

  @Test
  void a_time_barred_debt_gets_no_packet() {
    assertThatThrownBy(() -> CourtPacketFixture.withLimitation(contents,
        new Limitation(UsState.NY, 3, "charge-off date", LocalDate.of(2022, 6, 30), false, LocalDate.of(2025, 6, 30),
            true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RC-0000042: the debt is time-barred (the 3-year limitation period of New York expired on"
            + " 2025-06-30): it cannot be referred for suit (12 CFR 1006.26(b))");
    assertThatThrownBy(() -> CourtPacketFixture.withLimitation(contents,
        new Limitation(UsState.NY, 3, "charge-off date", LocalDate.of(2024, 2, 1), false, LocalDate.of(2027, 2, 1),
            false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expires on 2027-02-01, not after the packet's date 2027-02-01");
  }

  @Test
  void a_debt_with_nothing_owed_gets_no_packet() {
    List<LedgerLine> ledger = List.of(
        new LedgerLine(CourtPacketFixture.CHARGE_OFF, LedgerEntryKind.ITEMIZATION, null, money("100.00"), null,
            money("100.00")),
        new LedgerLine(LocalDate.of(2026, 1, 5), LedgerEntryKind.PAYMENT, null, money("-100.00"), "PAY-1",
            money("0.00")));
    StatementOfAccount paid = new StatementOfAccount(ItemizationDateType.CHARGE_OFF, CourtPacketFixture.CHARGE_OFF,
        money("100.00"), money("0.00"), money("0.00"), money("100.00"), money("0.00"), null, null,
        new LastPayment(LocalDate.of(2026, 1, 5), money("100.00")));
    assertThatThrownBy(() -> CourtPacketFixture.withStatement(contents, ledger, paid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RC-0000042: nothing is owed (balance 0.00), so there is nothing to sue for");
  }

  @Test
  void every_code_the_packet_prints_has_words() {
    PacketWords words = new PacketWords(CourtPacketFixture.CHICAGO);
    List<Class<? extends Enum<?>>> printed = List.of(org.recourse.account.Product.class, ItemizationDateType.class,
        LedgerEntryKind.class, org.recourse.compliance.ContactChannel.class,
        org.recourse.compliance.ContactResult.class, CourtPacketContents.Direction.class, Channel.class,
        CourtPacketContents.HoldKind.class, CourtPacketContents.MilitaryStatus.class);
    for (Class<? extends Enum<?>> codes : printed) {
      for (Enum<?> code : codes.getEnumConstants()) {
        assertThat(words.label(code)).as(code.getDeclaringClass().getSimpleName() + "." + code).isNotBlank();
      }
    }
  }

  private static CourtPacketManifest.Part part(String name) {
    return result.manifest().parts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private static String partText(String name) throws IOException {
    CourtPacketManifest.Part part = part(name);
    try (PDDocument packet = Loader.loadPDF(result.pdf())) {
      return text(packet, part.firstPage(), part.firstPage() + part.pages() - 1);
    }
  }

  private static String text(PDDocument document, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    // In reading order: bold and regular runs of one line come out as they print.
    stripper.setSortByPosition(true);
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(document).replace("\r\n", "\n");
  }

  private static byte[] contentOf(PDPage page) throws IOException {
    try (InputStream in = page.getContents()) {
      return in.readAllBytes();
    }
  }

  private static List<String> pdfAViolations(byte[] pdf) {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
            PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult validation = validator.validate(parser);
      return validation.getTestAssertions().stream()
          .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
          .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
              + assertion.getMessage())
          .distinct()
          .collect(Collectors.toList());
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not read the packet", e);
    }
  }

  private static void keep(String name, byte[] bytes) throws IOException {
    Path out = Path.of("target", "court-packet", name);
    Files.createDirectories(out.getParent());
    Files.write(out, bytes);
  }
}
