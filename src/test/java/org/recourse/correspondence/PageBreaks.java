package org.recourse.correspondence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF page by page as a person turning its pages would, and names every page that should not exist as it
 * is: a blank page, a page holding only the running header, footer or page number, a page whose text starts with the
 * signature block (the closing lost the paragraph it ends), and a page whose last line is a heading (a heading must
 * keep with what follows it).
 *
 * <p>What is running matter and what is body is told by geometry: text whose baseline lies in the page's top or
 * bottom margin is the header or footer. A heading is a line set wholly in bold at a larger size than the text before
 * it on the page (or, at the top of a page, than the document's body text); a signature block starts with one of
 * the closings given.
 */
public final class PageBreaks {

  /** The letters: margins of templates/letters/letter.css, closings of their signature fragment. */
  public static final PageBreaks LETTERS = new PageBreaks(0.5f, 0.6f, List.of("Sincerely,", "Atentamente,"));
  /** The court packet's generated parts: margins of templates/legal/packet.css; they carry no signature block. */
  public static final PageBreaks PACKET = new PageBreaks(0.75f, 0.75f, List.of());

  private static final float POINTS_PER_INCH = 72;
  /** Glyphs whose baselines are this close (in points) are on one line. */
  private static final float SAME_LINE = 2f;

  private final float topMargin;
  private final float bottomMargin;
  private final List<String> closings;

  /** Margins in inches, as the style sheet's {@code @page} gives them. */
  PageBreaks(float topMarginInches, float bottomMarginInches, List<String> closings) {
    this.topMargin = topMarginInches * POINTS_PER_INCH;
    this.bottomMargin = bottomMarginInches * POINTS_PER_INCH;
    this.closings = List.copyOf(closings);
  }

  /** One line of text on a page: its baseline from the top edge, its largest glyph size, whether all of it is bold. */
  public record Line(float baseline, float size, boolean bold, String text) {
  }

  /** What is wrong with the pages of {@code pdf}, one sentence a page; empty when every page stands as it should. */
  public List<String> problems(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return problems(document, 1, document.getNumberOfPages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #problems(byte[])}, for pages {@code from} to {@code to} (1-based, inclusive) of {@code document}. */
  public List<String> problems(PDDocument document, int from, int to) {
    List<List<Line>> pages = bodies(document);
    float bodySize = bodySize(pages);
    List<String> problems = new ArrayList<>();
    for (int page = from; page <= to; page++) {
      String problem = problem(pages.get(page - 1), bodySize, page == to);
      if (problem != null) {
        problems.add("page " + page + " of " + pages.size() + " " + problem);
      }
    }
    return problems;
  }

  /** On the last page a bold line at the end closes the document (an index's last entry): it heads nothing. */
  private String problem(List<Line> body, float bodySize, boolean lastPage) {
    if (body.isEmpty()) {
      return "holds nothing but its running header, footer or page number";
    }
    String first = body.get(0).text();
    if (closings.stream().anyMatch(first::startsWith)) {
      return "starts with the signature block, apart from the paragraph before it: " + quote(body);
    }
    Line last = body.get(body.size() - 1);
    if (isHeading(body, body.size() - 1, bodySize)) {
      if (body.size() == 1) {
        return "holds only a heading: \"" + last.text() + "\"";
      }
      if (!lastPage) {
        return "ends on the heading \"" + last.text() + "\", with nothing of what it heads after it";
      }
    }
    return null;
  }

  /** Bold, and larger than the nearest line before it that is not bold (or than the body text at a page's top). */
  private static boolean isHeading(List<Line> body, int index, float bodySize) {
    Line line = body.get(index);
    if (!line.bold()) {
      return false;
    }
    float before = bodySize;
    for (int i = index - 1; i >= 0; i--) {
      if (!body.get(i).bold()) {
        before = body.get(i).size();
        break;
      }
    }
    return line.size() > before + 0.25f;
  }

  private static String quote(List<Line> body) {
    return body.stream().map(Line::text).collect(Collectors.joining(" / ", "\"", "\""));
  }

  /** The most common size of the document's body text that is not bold. */
  private static float bodySize(List<List<Line>> pages) {
    Map<Float, Integer> characters = new HashMap<>();
    pages.stream().flatMap(List::stream).filter(line -> !line.bold())
        .forEach(line -> characters.merge(line.size(), line.text().length(), Integer::sum));
    return characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
  }

  /** Each page's body: its lines of text top to bottom, without those in the top and bottom margins. */
  List<List<Line>> bodies(PDDocument document) {
    try {
      Glyphs glyphs = new Glyphs();
      glyphs.getText(document);
      List<List<Line>> bodies = new ArrayList<>();
      for (int i = 0; i < glyphs.pages.size(); i++) {
        float height = document.getPage(i).getMediaBox().getHeight();
        bodies.add(lines(glyphs.pages.get(i)).stream()
            .filter(line -> line.baseline() > topMargin && line.baseline() <= height - bottomMargin)
            .toList());
      }
      return bodies;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Line> lines(List<TextPosition> glyphs) {
    List<TextPosition> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
    List<Line> lines = new ArrayList<>();
    List<TextPosition> line = new ArrayList<>();
    for (TextPosition glyph : sorted) {
      if (!line.isEmpty() && glyph.getYDirAdj() - line.get(0).getYDirAdj() > SAME_LINE) {
        lines.add(line(line));
        line = new ArrayList<>();
      }
      line.add(glyph);
    }
    if (!line.isEmpty()) {
      lines.add(line(line));
    }
    return lines.stream().filter(l -> !l.text().isBlank()).toList();
  }

  private static Line line(List<TextPosition> glyphs) {
    glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
    StringBuilder text = new StringBuilder();
    float size = 0;
    boolean bold = true;
    TextPosition previous = null;
    for (TextPosition glyph : glyphs) {
      if (previous != null && glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
          > glyph.getWidthOfSpace() * 0.5f && !previous.getUnicode().isBlank()) {
        text.append(' ');
      }
      text.append(glyph.getUnicode());
      if (!glyph.getUnicode().isBlank()) {
        // The size as set: getFontSizeInPt() is cut to whole points, and 10.5pt headings over 10pt text read as 10.
        size = Math.max(size, Math.round(glyph.getYScale() * 4) / 4f);
        bold &= glyph.getFont().getName() != null && glyph.getFont().getName().contains("Bold");
      }
      previous = glyph;
    }
    return new Line(glyphs.get(0).getYDirAdj(), size, bold, text.toString().replaceAll("\\s+", " ").trim());
  }

  /** Every glyph of every page, as PDFBox reads them. */
  private static final class Glyphs extends PDFTextStripper {

    private final List<List<TextPosition>> pages = new ArrayList<>();

    @Override
    protected void startPage(PDPage page) throws IOException {
      pages.add(new ArrayList<>());
      super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      pages.get(pages.size() - 1).add(text);
    }
  }
}
