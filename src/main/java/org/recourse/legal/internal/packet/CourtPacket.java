package org.recourse.legal.internal.packet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.TransformerException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.recourse.account.Language;
import org.recourse.correspondence.DocumentRenderer;
import org.recourse.legal.internal.packet.CourtPacketContents.AccountRecord;
import org.recourse.legal.internal.packet.CourtPacketContents.DisputeLine;
import org.recourse.legal.internal.packet.CourtPacketContents.HoldLine;
import org.recourse.legal.internal.packet.CourtPacketContents.LetterCopy;
import org.recourse.legal.internal.packet.CourtPacketContents.MilitaryStatus;
import org.recourse.legal.internal.packet.CourtPacketContents.Servicemember;
import org.springframework.stereotype.Component;

/**
 * Assembles the court packet a case goes to the legal team with: one PDF and a manifest to check it by.
 *
 * <p>The packet is the parts of {@link Part} in their order. Each part starts with pages generated from its template
 * under {@code templates/legal/} (PDF/A-2b, by the letters' {@link DocumentRenderer}); the letters part and the
 * account records part then hold those documents exactly as stored, page by page, with a bookmark each and nothing
 * added to them. The index and the two document lists state packet page numbers, which depend on their own length,
 * so they are laid out again until their page counts stop changing. Once merged, every generated page is stamped
 * with the case number and "page X of Y" in its bottom margin (the letters keep their own footers untouched), and
 * the packet gets one bookmark per part, the document information, and the XMP and output intent of PDF/A-2b.
 *
 * <p>Thread-safe: a packet's documents live for one call, and the renderer keeps its fonts per thread.
 */
@Component
public class CourtPacket {

  /** The parts of a packet, in the order of the packet, its index and its bookmarks. */
  public enum Part {
    COVER("cover", "Cover sheet"),
    INDEX("index", "Index"),
    STATEMENT_OF_ACCOUNT("statement-of-account", "Statement of account"),
    PAYMENT_HISTORY("payment-history", "Payment history"),
    PARTIES("parties", "Parties, original creditor, current owner and chain of title"),
    ACCOUNT_RECORDS("account-records", "Agreement and account statements"),
    LETTERS("letters", "Validation notice and letters sent"),
    DISPUTES("disputes", "Dispute and verification log"),
    CONTACT_HISTORY("contact-history", "Contact history"),
    HOLDS_AND_FLAGS("holds-and-flags", "Holds and flags"),
    LIMITATION("limitation", "Limitation computation"),
    AFFIDAVIT("affidavit", "Affidavit of debt (draft)");

    private final String partName;
    private final String title;

    Part(String partName, String title) {
      this.partName = partName;
      this.title = title;
    }

    /** The name the manifest and {@link Result#generatedParts()} know the part by. */
    public String partName() {
      return partName;
    }

    /** The title in the index and the bookmarks. */
    public String title() {
      return title;
    }

    /** The template, relative to {@code templates/}. */
    public String template() {
      return "legal/" + partName + ".en";
    }

    /** Whether the part prints packet page numbers, and so can only be laid out once the others are. */
    boolean statesPageNumbers() {
      return this == INDEX || this == ACCOUNT_RECORDS || this == LETTERS;
    }
  }

  /**
   * A packet.
   *
   * @param pdf the packet PDF; {@link CourtPacketManifest#sha256()} is its hash
   * @param pages its page count
   * @param manifest what it holds, with the hashes to check it
   * @param manifestJson the manifest as JSON (ISO dates and instants), to deliver beside the PDF
   * @param generatedParts each part's generated PDF as laid out before merging, by part name in packet order: the
   *     bytes {@link CourtPacketManifest.Part#sha256()} covers; keep them with the packet to verify it
   */
  public record Result(byte[] pdf, int pages, CourtPacketManifest manifest, String manifestJson,
      Map<String, byte[]> generatedParts) {

    @Override
    public String toString() {
      return "CourtPacket.Result[" + manifest.caseNumber() + ", " + pages + " pages, " + pdf.length + " bytes, sha256="
          + manifest.sha256() + "]";
    }
  }

  private static final String STYLESHEET = "legal/packet.css";
  private static final String FOOTER_FONT = "templates/letters/fonts/DejaVuSans.ttf";
  private static final float FOOTER_SIZE = 7.5f;
  /** The footer's baseline and side margins, in points: inside the generated parts' empty 0.75in bottom margin. */
  private static final float FOOTER_BASELINE = 0.42f * 72;
  private static final float FOOTER_SIDE = 0.7f * 72;
  /** Laying out the numbered parts settles in two passes at most unless a list grows a page on the second. */
  private static final int LAYOUT_PASSES = 4;
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  private static final Pattern VERSION =
      Pattern.compile("<meta\\s+name=\"template-version\"\\s+content=\"(\\d+)\"\\s*/?>");

  private final DocumentRenderer renderer;
  private final Map<Part, Integer> templateVersions;
  private final ObjectMapper json = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();
  private final byte[] footerFont;
  /** The footer font, parsed once per thread as the renderer does its own: a parsed font is not thread-safe. */
  private final ThreadLocal<TrueTypeFont> parsedFooterFont = ThreadLocal.withInitial(this::parseFooterFont);

  public CourtPacket(DocumentRenderer renderer) {
    this.renderer = renderer;
    this.templateVersions = templateVersions();
    this.footerFont = resource(FOOTER_FONT);
  }

  /**
   * The packet for {@code contents}. Refuses (with an {@link IllegalArgumentException}) a letter or account record
   * that is not a readable, unencrypted PDF; everything else was checked when the contents were made.
   */
  public Result assemble(CourtPacketContents contents) {
    PacketWords words = new PacketWords(contents.parties().debtor().timeZone());
    List<PDDocument> open = new ArrayList<>();
    try {
      Map<Part, List<Attached>> attached = attach(contents, words, open);
      Map<String, Object> common = commonModel(contents, words);
      Map<Part, DocumentRenderer.Pdf> generated = new EnumMap<>(Part.class);
      for (Part part : Part.values()) {
        if (!part.statesPageNumbers()) {
          generated.put(part, render(part, contents, common, Map.of()));
        }
      }
      Layout layout = settle(contents, common, generated, attached);
      byte[] pdf = merge(contents, generated, attached, layout, open);
      CourtPacketManifest manifest = manifest(contents, generated, attached, layout, pdf);
      Map<String, byte[]> parts = new LinkedHashMap<>();
      generated.forEach((part, rendered) -> parts.put(part.partName(), rendered.content()));
      return new Result(pdf, layout.total(), manifest, json.writeValueAsString(manifest),
          Collections.unmodifiableMap(parts));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The court packet's manifest cannot be written as JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException("The court packet of " + contents.caseNumber() + " could not be assembled", e);
    } finally {
      for (PDDocument document : open) {
        try {
          document.close();
        } catch (IOException ignored) {
          // Read from memory: closing frees buffers and cannot lose anything.
        }
      }
    }
  }

  /** A stored document the packet holds: a letter or an account record, open for its pages to be imported. */
  private record Attached(String id, String title, LocalDate dated, String detail, String sha256, String bookmark,
      PDDocument document) {

    int pages() {
      return document.getNumberOfPages();
    }
  }

  /** Where everything falls in the packet: the first page and page count of each part and each document. */
  private record Layout(Map<Part, Integer> firstPage, Map<Part, Integer> pages, Map<Attached, Integer> documentPage,
      int total) {

    static Layout of(Map<Part, Integer> generatedPages, Map<Part, List<Attached>> attached) {
      Map<Part, Integer> first = new EnumMap<>(Part.class);
      Map<Part, Integer> pages = new EnumMap<>(Part.class);
      Map<Attached, Integer> documents = new IdentityHashMap<>();
      int page = 1;
      for (Part part : Part.values()) {
        first.put(part, page);
        page += generatedPages.get(part);
        for (Attached document : attached.get(part)) {
          documents.put(document, page);
          page += document.pages();
        }
        pages.put(part, page - first.get(part));
      }
      return new Layout(first, pages, documents, page - 1);
    }

    String range(Attached document) {
      int from = documentPage.get(document);
      int to = from + document.pages() - 1;
      return from == to ? Integer.toString(from) : from + "\u2013" + to;
    }
  }

  /** A line of the index: a part, or a document inside one. */
  record IndexLine(String title, int page, boolean document) {
  }

  /** A line of a part's list of the documents it holds. */
  record DocumentLine(String id, String title, LocalDate dated, String detail, String pages, String sha256) {
  }

  private Map<Part, List<Attached>> attach(CourtPacketContents contents, PacketWords words, List<PDDocument> open) {
    Map<Part, List<Attached>> attached = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      attached.put(part, new ArrayList<>());
    }
    contents.accountRecords().stream().sorted(Comparator.comparing(AccountRecord::dated)).forEach(record ->
        attached.get(Part.ACCOUNT_RECORDS).add(new Attached(record.reference(), record.title(), record.dated(),
            record.suppliedBy(), record.sha256(), record.title() + ", dated " + PacketWords.onDay(record.dated()),
            open(record.pdf(), "account record " + record.reference() + " (" + record.title() + ")", open))));
    contents.letters().stream().sorted(Comparator.comparing(LetterCopy::sentOn)).forEach(letter ->
        attached.get(Part.LETTERS).add(new Attached(Long.toString(letter.documentId()), letter.title(),
            letter.sentOn(), words.label(letter.channel()), letter.sha256(),
            letter.title() + ", sent " + PacketWords.onDay(letter.sentOn()),
            open(letter.pdf(), "letter " + letter.documentId() + " (" + letter.title() + ")", open))));
    return attached;
  }

  private static PDDocument open(byte[] pdf, String what, List<PDDocument> open) {
    PDDocument document;
    try {
      document = Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new IllegalArgumentException(what + " is not a readable PDF: " + e.getMessage(), e);
    }
    open.add(document);
    if (document.isEncrypted()) {
      throw new IllegalArgumentException(what + " is encrypted; the packet can only hold it as it reads");
    }
    if (document.getNumberOfPages() == 0) {
      throw new IllegalArgumentException(what + " has no pages");
    }
    return document;
  }

  private static Map<String, Object> commonModel(CourtPacketContents contents, PacketWords words) {
    Map<String, Object> model = new HashMap<>();
    model.put("packet", contents);
    model.put("caseNumber", contents.caseNumber());
    model.put("words", words);
    model.put("attention", attention(contents, words));
    model.put("activeFlags", contents.holds().activeFlags().stream().map(words::label).toList());
    return model;
  }

  /** What the legal team must look at before filing, for the cover sheet; empty when nothing. */
  static List<String> attention(CourtPacketContents contents, PacketWords words) {
    List<String> attention = new ArrayList<>();
    for (HoldLine hold : contents.holds().lines()) {
      if (hold.isActive()) {
        attention.add(words.label(hold.kind()) + ": in force since " + words.at(hold.recordedAt())
            + (hold.detail() == null ? "" : " (" + hold.detail() + ")") + ".");
      }
    }
    Servicemember servicemember = contents.holds().servicemember();
    if (servicemember.status() == MilitaryStatus.ACTIVE_DUTY) {
      attention.add("The debtor is in military service (checked " + PacketWords.onDay(servicemember.checkedOn())
          + ", " + servicemember.source() + "): no default judgment without the protections of the SCRA"
          + " (50 USC 3931).");
    } else if (servicemember.status() == MilitaryStatus.NOT_CHECKED) {
      attention.add("The debtor's military status was never checked: check it for the SCRA affidavit before any"
          + " default judgment.");
    }
    for (DisputeLine dispute : contents.disputes()) {
      if (dispute.verificationSentOn() == null) {
        attention.add("The dispute received on " + PacketWords.onDay(dispute.receivedOn())
            + (dispute.withinValidationPeriod() ? ", within the validation period," : "")
            + " has no verification sent (status: " + dispute.status() + ").");
      }
    }
    for (String gap : contents.parties().chainOfTitleGaps()) {
      attention.add("Chain of title: " + gap + ".");
    }
    if (contents.letters().stream().noneMatch(LetterCopy::isValidationNotice)) {
      attention.add("No validation notice is among the letters sent.");
    }
    if (contents.accountRecords().isEmpty()) {
      attention.add("The creditor supplied neither the agreement nor a statement of the account.");
    }
    return attention;
  }

  /** Lays out the parts that state page numbers until their own page counts, and so every number, stop changing. */
  private Layout settle(CourtPacketContents contents, Map<String, Object> common,
      Map<Part, DocumentRenderer.Pdf> generated, Map<Part, List<Attached>> attached) {
    Map<Part, Integer> pages = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      pages.put(part, part.statesPageNumbers() ? 1 : generated.get(part).pages());
    }
    for (int pass = 1; pass <= LAYOUT_PASSES; pass++) {
      Layout layout = Layout.of(pages, attached);
      boolean settled = true;
      for (Part part : Part.values()) {
        if (part.statesPageNumbers()) {
          DocumentRenderer.Pdf pdf = render(part, contents, common, numbering(part, layout, attached));
          generated.put(part, pdf);
          if (pdf.pages() != pages.get(part)) {
            pages.put(part, pdf.pages());
            settled = false;
          }
        }
      }
      if (settled) {
        return layout;
      }
    }
    throw new IllegalStateException("The page numbers of the court packet of " + contents.caseNumber()
        + " did not settle in " + LAYOUT_PASSES + " layouts");
  }

  private static Map<String, Object> numbering(Part part, Layout layout, Map<Part, List<Attached>> attached) {
    if (part == Part.INDEX) {
      List<IndexLine> index = new ArrayList<>();
      for (Part each : Part.values()) {
        index.add(new IndexLine(each.title(), layout.firstPage().get(each), false));
        for (Attached document : attached.get(each)) {
          index.add(new IndexLine(document.bookmark(), layout.documentPage().get(document), true));
        }
      }
      return Map.of("index", index);
    }
    List<DocumentLine> documents = attached.get(part).stream()
        .map(d -> new DocumentLine(d.id(), d.title(), d.dated(), d.detail(), layout.range(d), d.sha256()))
        .toList();
    return Map.of("documents", documents);
  }

  private DocumentRenderer.Pdf render(Part part, CourtPacketContents contents, Map<String, Object> common,
      Map<String, Object> own) {
    Map<String, Object> model = new HashMap<>(common);
    model.put("title", part.title());
    model.putAll(own);
    String html = renderer.html(part.template(), Language.EN, contents.parties().currency(), model);
    return renderer.pdf(html, STYLESHEET);
  }

  private byte[] merge(CourtPacketContents contents, Map<Part, DocumentRenderer.Pdf> generated,
      Map<Part, List<Attached>> attached, Layout layout, List<PDDocument> open) throws IOException {
    PDDocument packet = new PDDocument();
    open.add(packet);
    PDDocumentOutline outline = new PDDocumentOutline();
    Map<PDPage, Integer> stamped = new IdentityHashMap<>();
    int number = 0;
    for (Part part : Part.values()) {
      PDDocument source = Loader.loadPDF(generated.get(part).content());
      open.add(source);
      PDPage first = null;
      for (PDPage page : source.getPages()) {
        PDPage imported = packet.importPage(page);
        stamped.put(imported, ++number);
        first = first == null ? imported : first;
      }
      PDOutlineItem item = bookmark(part.title(), first);
      outline.addLast(item);
      for (Attached document : attached.get(part)) {
        PDPage firstOfDocument = null;
        for (PDPage page : document.document().getPages()) {
          PDPage imported = packet.importPage(page);
          number++;
          firstOfDocument = firstOfDocument == null ? imported : firstOfDocument;
        }
        item.addLast(bookmark(document.bookmark(), firstOfDocument));
      }
      if (item.hasChildren()) {
        item.openNode();
      }
    }
    if (number != layout.total()) {
      throw new IllegalStateException("The court packet has " + number + " pages where its index counted "
          + layout.total());
    }
    PDDocumentCatalog catalog = packet.getDocumentCatalog();
    catalog.setDocumentOutline(outline);
    catalog.setPageMode(PageMode.USE_OUTLINES);
    stamp(packet, stamped, contents.caseNumber(), number);
    describe(packet, contents);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    packet.save(out);
    return out.toByteArray();
  }

  private static PDOutlineItem bookmark(String title, PDPage page) {
    PDPageFitDestination destination = new PDPageFitDestination();
    destination.setPage(page);
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    item.setDestination(destination);
    return item;
  }

  /** "RC-0000042 · Court packet" left and "Page 7 of 83" right, in the bottom margin of each generated page. */
  private void stamp(PDDocument packet, Map<PDPage, Integer> pages, String caseNumber, int total) throws IOException {
    PDFont font = PDType0Font.load(packet, parsedFooterFont.get(), true);
    String left = caseNumber + " \u00b7 Court packet";
    for (Map.Entry<PDPage, Integer> entry : pages.entrySet()) {
      PDPage page = entry.getKey();
      String right = "Page " + entry.getValue() + " of " + total;
      PDRectangle box = page.getMediaBox();
      float rightWidth = font.getStringWidth(right) / 1000 * FOOTER_SIZE;
      try (PDPageContentStream stream = new PDPageContentStream(packet, page, AppendMode.APPEND, true, true)) {
        stream.beginText();
        stream.setFont(font, FOOTER_SIZE);
        stream.newLineAtOffset(box.getLowerLeftX() + FOOTER_SIDE, box.getLowerLeftY() + FOOTER_BASELINE);
        stream.showText(left);
        stream.endText();
        stream.beginText();
        stream.setFont(font, FOOTER_SIZE);
        stream.newLineAtOffset(box.getUpperRightX() - FOOTER_SIDE - rightWidth, box.getLowerLeftY() + FOOTER_BASELINE);
        stream.showText(right);
        stream.endText();
      }
    }
  }

  /**
   * The document information, and what PDF/A-2b asks beyond it: the same facts as XMP metadata and an sRGB output
   * intent. Every page comes from a PDF/A-2b document, so the packet conforms as a whole.
   */
  private static void describe(PDDocument packet, CourtPacketContents contents) throws IOException {
    String title = "Court packet " + contents.caseNumber();
    String author = contents.collector().name();
    String subject = "Legal referral packet of case " + contents.caseNumber() + ", generated by "
        + contents.generatedBy();
    Calendar created = GregorianCalendar.from(contents.generatedAt().atZone(ZoneOffset.UTC));
    packet.setVersion(1.7f);
    PDDocumentInformation info = packet.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setSubject(subject);
    info.setCreator("Recourse");
    info.setProducer("Recourse");
    info.setCreationDate(created);
    info.setModificationDate(created);

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
    dublinCore.setTitle(title);
    dublinCore.addCreator(author);
    dublinCore.setDescription(subject);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer("Recourse");
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool("Recourse");
    basic.setCreateDate(created);
    basic.setModifyDate(created);
    PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
    try {
      pdfa.setPart(2);
      pdfa.setConformance("B");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream serialized = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, serialized, true);
    } catch (TransformerException e) {
      throw new IllegalStateException("The court packet's XMP metadata cannot be written", e);
    }
    PDMetadata metadata = new PDMetadata(packet);
    metadata.importXMPMetadata(serialized.toByteArray());
    PDDocumentCatalog catalog = packet.getDocumentCatalog();
    catalog.setMetadata(metadata);

    PDOutputIntent intent = new PDOutputIntent(packet, new ByteArrayInputStream(SRGB));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
  }

  private CourtPacketManifest manifest(CourtPacketContents contents, Map<Part, DocumentRenderer.Pdf> generated,
      Map<Part, List<Attached>> attached, Layout layout, byte[] pdf) {
    List<CourtPacketManifest.Part> parts = new ArrayList<>();
    for (Part part : Part.values()) {
      List<CourtPacketManifest.Document> documents = attached.get(part).stream()
          .map(d -> new CourtPacketManifest.Document(d.id(), d.title(), d.dated(), layout.documentPage().get(d),
              d.pages(), d.sha256()))
          .toList();
      DocumentRenderer.Pdf own = generated.get(part);
      parts.add(new CourtPacketManifest.Part(part.partName(), part.title(), layout.firstPage().get(part),
          layout.pages().get(part), own.pages(), part.template(), templateVersions.get(part),
          CourtPacketContents.sha256(own.content()), documents));
    }
    return new CourtPacketManifest(contents.caseNumber(), contents.generatedAt(), contents.generatedBy(),
        layout.total(), CourtPacketContents.sha256(pdf), parts);
  }

  /** Every part's template with its version, read once: a missing one stops Recourse from starting. */
  private static Map<Part, Integer> templateVersions() {
    Map<Part, Integer> versions = new EnumMap<>(Part.class);
    List<String> problems = new ArrayList<>();
    for (Part part : Part.values()) {
      String path = "templates/" + part.template() + ".html";
      try (InputStream in = CourtPacket.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          problems.add(path + " is missing");
          continue;
        }
        Matcher version = VERSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        if (version.find()) {
          versions.put(part, Integer.parseInt(version.group(1)));
        } else {
          problems.add(path + " names no <meta name=\"template-version\" content=\"N\"/>");
        }
      } catch (IOException e) {
        problems.add(path + " cannot be read: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Recourse cannot assemble court packets: " + String.join("; ", problems));
    }
    return versions;
  }

  private TrueTypeFont parseFooterFont() {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(footerFont));
    } catch (IOException e) {
      throw new UncheckedIOException("The court packet's footer font cannot be read", e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = CourtPacket.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
