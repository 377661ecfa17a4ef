package org.recourse.correspondence;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.recourse.account.Language;
import org.recourse.correspondence.internal.LetterFormat;
import org.recourse.correspondence.internal.TemplateCatalog;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders templates: Thymeleaf fills the HTML from a document's data, openhtmltopdf lays it out on PDFBox as
 * PDF/A-2b with its fonts embedded (subsets) and an sRGB output intent, fit for archiving and for court.
 */
@Component
public class DocumentRenderer {

  /** The one font family letters use; see templates/letters/fonts. */
  static final String FONT_FAMILY = "DejaVu Sans";
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    // openhtmltopdf reports every stylesheet and layout pass at INFO; only its warnings matter.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    // Every PDF/A letter writes its XMP metadata with a new DocumentBuilderFactory and TransformerFactory, and
    // without these properties each one searches the whole class path for a provider: half of a letter's time.
    // Recourse ships no provider, so naming the JDK's own changes nothing but the search.
    jdkDefault("javax.xml.parsers.DocumentBuilderFactory",
        "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    jdkDefault("javax.xml.transform.TransformerFactory",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
  }

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final String lettersBase;
  /** Where the relative links (the style sheet) of other documents' templates resolve, by style sheet. */
  private final Map<String, String> bases = new ConcurrentHashMap<>();
  private final byte[] regular;
  private final byte[] bold;
  private final byte[] oblique;
  /**
   * The fonts, parsed once per thread: parsing a TrueType font is a fifth of a letter's work, and a parsed font may
   * not be shared between threads.
   */
  private final ThreadLocal<ParsedFonts> parsed = ThreadLocal.withInitial(this::parseFonts);

  public DocumentRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(TemplateCatalog.ROOT);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
    engine.setEnableSpringELCompiler(true);
    lettersBase = base("letters/letter.css");
    regular = font("DejaVuSans.ttf");
    bold = font("DejaVuSans-Bold.ttf");
    oblique = font("DejaVuSans-Oblique.ttf");
  }

  /** The HTML of a template filled with {@code data} (the mail bodies, and the first step of every letter). */
  public String html(String template, Language language, Map<String, Object> data, LetterFormat format) {
    Context context = new Context(language.locale(), data);
    context.setVariable("fmt", format);
    return engine.process(template, context);
  }

  /**
   * As {@link #html(String, Language, Map, LetterFormat)}, formatting with {@code fmt} for the language and currency:
   * for documents outside this package (the court packet), which cannot make a {@link LetterFormat} themselves.
   */
  public String html(String template, Language language, Currency currency, Map<String, Object> data) {
    return html(template, language, data, new LetterFormat(language, currency));
  }

  /** A letter as PDF/A-2b. */
  public Pdf pdf(String html) {
    return layout(html, lettersBase);
  }

  /**
   * A document whose template links its own style sheet, {@code stylesheet} relative to {@code templates/} (for
   * example {@code legal/packet.css}), as PDF/A-2b with the letters' fonts.
   */
  public Pdf pdf(String html, String stylesheet) {
    return layout(html, bases.computeIfAbsent(stylesheet, DocumentRenderer::base));
  }

  private Pdf layout(String html, String base) {
    ParsedFonts fonts = parsed.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream(40 * 1024);
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
      builder.useColorProfile(SRGB);
      builder.withProducer("Recourse");
      // Subsets of the parsed fonts: only the glyphs a letter uses are embedded.
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)), FONT_FAMILY, 400,
          FontStyle.NORMAL, true);
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)), FONT_FAMILY, 700,
          FontStyle.NORMAL, true);
      PDFontSupplier oblique = new PDFontSupplier(PDType0Font.load(document, fonts.oblique(), true));
      builder.useFont(oblique, FONT_FAMILY, 400, FontStyle.ITALIC, true);
      builder.useFont(oblique, FONT_FAMILY, 400, FontStyle.OBLIQUE, true);
      builder.withHtmlContent(html, base);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
        int pages = document.getNumberOfPages();
        document.save(out);
        return new Pdf(out.toByteArray(), pages);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The document could not be laid out", e);
    }
  }

  private static String base(String stylesheet) {
    String path = TemplateCatalog.ROOT + stylesheet;
    URL css = Objects.requireNonNull(DocumentRenderer.class.getClassLoader().getResource(path), path);
    return css.toExternalForm();
  }

  private static void jdkDefault(String factory, String implementation) {
    if (System.getProperty(factory) == null) {
      System.setProperty(factory, implementation);
    }
  }

  private ParsedFonts parseFonts() {
    try {
      TTFParser parser = new TTFParser();
      return new ParsedFonts(parser.parse(new RandomAccessReadBuffer(regular)),
          parser.parse(new RandomAccessReadBuffer(bold)), parser.parse(new RandomAccessReadBuffer(oblique)));
    } catch (IOException e) {
      throw new UncheckedIOException("The letter fonts cannot be read", e);
    }
  }

  private record ParsedFonts(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont oblique) {
  }

  private static byte[] font(String file) {
    String path = TemplateCatalog.ROOT + "letters/fonts/" + file;
    try (InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A rendered PDF and its page count. */
  public record Pdf(byte[] content, int pages) {
  }
}
