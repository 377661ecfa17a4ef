package org.recourse.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.recourse.account.Language;
import org.recourse.compliance.FederalHolidays;
import org.recourse.compliance.ValidationPeriod;

/**
 * The validation notice read back from its PDF: every item of Model Form B-1 in its order (12 CFR 1006.34(c)),
 * an itemization that adds up to the cent, the validation period's end date, the address block, and Spanish.
 */
class ValidationNoticeTest {

  private static final ValidationPeriod PERIOD = new ValidationPeriod(new FederalHolidays());

  @Test
  void carries_every_model_form_item_in_its_order() throws IOException {
    String text = text(Language.EN);

    // Read as a person reads the page: line by line from the top; the middle of the notice has two columns, so
    // each column's items are checked in their own order.
    assertInOrder(text,
        // The debt collector's name and mailing address; the consumer's name and mailing address.
        "Recourse Recovery Services", "PO Box 1200", "Columbus, OH 43216",
        "Emily Schmidt", "1845 Oakwood Avenue", "Apt 3B", "Springfield, IL 62704",
        // The debt collector statement, naming the creditor the debt is owed to.
        "Recourse Recovery Services is a debt collector. We are trying to collect a debt that you owe to Harbor"
            + " Credit Partners.", "We will use any information you give us to help collect the debt.",
        // The creditor on the itemization date and the account number; the itemization; the total.
        "Our information shows:", "You had a credit card from Lakeside National Bank with",
        "account number ****4821.",
        "As of June 30, 2025, you owed: $1,954.20",
        "Between June 30, 2025 and today:",
        "You were charged this amount in interest: + $187.65",
        "You were charged this amount in fees: + $70.00",
        "You paid or were credited this amount – $24.40",
        "Total amount of the debt now: $2,187.45",
        // The consumer's further rights, the CFPB's website, and the tear-off response form.
        "What else can you do?",
        "Write to ask for the name and address of the original creditor, if different from the current creditor.",
        "write by December 31, 2026, we must stop collection until we send you that information.",
        "Go to www.cfpb.gov/debt-collection to learn more about your rights under federal law.",
        "How do you want to respond?",
        "I want to dispute the debt because I think:", "This is not my debt.", "The amount is wrong.",
        "Other (please describe",
        "I want you to send me the name and address of the original",
        "I enclosed this amount: $",
        "Quiero este formulario en español.",
        "This communication is from a debt collector.");
    // The right-hand column: how to dispute, with the end date, beside the itemization.
    assertInOrder(text,
        "Our information shows: How can you dispute the debt?",
        "Call or write to us by December 31, 2026 to",
        "dispute all or part of the debt. If you do not, we",
        "If you write to us by December 31, 2026, we",
        "must stop collection on any amount you dispute until",
        "What else can you do?");
    assertInOrder(text, "How do you want to respond? Mail this form to:", "Recourse Recovery Services",
        "PO Box 1200", "Columbus, OH 43216", "Emily Schmidt");
  }

  @Test
  void the_itemization_adds_up_to_the_total() throws IOException {
    String text = text(Language.EN);

    BigDecimal owed = amountAfter(text, "you owed:");
    BigDecimal interest = amountAfter(text, "in interest: +");
    BigDecimal fees = amountAfter(text, "in fees: +");
    BigDecimal credits = amountAfter(text, "credited this amount –");
    BigDecimal total = amountAfter(text, "Total amount of the debt now:");

    assertThat(owed.add(interest).add(fees).subtract(credits)).isEqualByComparingTo(total);
    assertThat(total).isEqualByComparingTo("2187.45");
  }

  @Test
  void the_end_date_is_the_one_the_rule_gives_for_the_date_the_notice_is_sent() throws IOException {
    // Sent Monday 23 November 2026: received on the 5th business day, Tuesday 1 December (Thanksgiving not
    // counted); the period ends 30 days later.
    assertThat(PERIOD.endDate(SampleLetters.LETTER_DATE)).isEqualTo(SampleLetters.VALIDATION_END);

    String text = text(Language.EN);

    assertThat(text).contains("November 23, 2026");
    assertThat(occurrences(text, "December 31, 2026")).isEqualTo(3);
  }

  @Test
  void the_address_block_sits_in_the_envelope_window() throws IOException {
    LetterRenderer.RenderedLetter notice = render(Language.EN);
    try (PDDocument pdf = Loader.loadPDF(notice.pdf())) {
      PDFTextStripper window = new PDFTextStripperByArea();
      // A #10 window envelope: 0.875 in from the left, from 2 to 3.25 in from the top of the page.
      ((PDFTextStripperByArea) window).addRegion("window", new java.awt.geom.Rectangle2D.Float(
          0.875f * 72, 2.0f * 72, 3.5f * 72, 1.25f * 72));
      ((PDFTextStripperByArea) window).extractRegions(pdf.getPage(0));
      String inWindow = ((PDFTextStripperByArea) window).getTextForRegion("window");
      assertThat(inWindow).contains("Emily Schmidt", "1845 Oakwood Avenue", "Apt 3B", "Springfield, IL 62704");
    }
  }

  @Test
  void the_spanish_notice_says_the_same_in_spanish() throws IOException {
    String text = text(Language.ES);

    assertInOrder(text,
        "Recourse Recovery Services es un cobrador de deudas. Estamos tratando de cobrar una deuda que usted le"
            + " debe a Harbor Credit Partners.",
        "Nuestra información muestra: ¿Cómo puede disputar la deuda?",
        "Usted tenía una tarjeta de crédito de Lakeside National",
        "Bank con el número de cuenta ****4821.",
        "Al 30 de junio de 2025, usted debía: $1,954.20",
        "Se le cobró esta cantidad en intereses: + $187.65",
        "Se le cobró esta cantidad en cargos: + $70.00",
        "Usted pagó o se le acreditó esta cantidad – $24.40",
        "Cantidad total de la deuda ahora: $2,187.45",
        "¿Qué más puede hacer?",
        "nos escribe a más tardar el 31 de diciembre de 2026, debemos dejar de cobrar");
    assertThat(text).contains("31 de diciembre de 2026", "¿Cómo puede disputar la deuda?", "¿Qué más puede hacer?",
        "www.cfpb.gov/debt-collection", "¿Cómo desea responder?", "Esta no es mi deuda.",
        "Esta comunicación proviene de un cobrador de deudas.");
  }

  private static LetterRenderer.RenderedLetter render(Language language) {
    return LetterTemplatesTest.RENDERER.render(LetterKind.VALIDATION_NOTICE, language, Currency.getInstance("USD"),
        SampleLetters.of(LetterKind.VALIDATION_NOTICE, language));
  }

  /** The notice's text with runs of white space made one space. */
  private static String text(Language language) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(language).pdf())) {
      assertThat(pdf.getNumberOfPages()).as("the notice fits on one page").isOne();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(pdf).replaceAll("(?U)\\s+", " ");
    }
  }

  private static void assertInOrder(String text, String... items) {
    int from = 0;
    List<String> found = new ArrayList<>();
    for (String item : items) {
      int at = text.indexOf(item, from);
      assertThat(at).as("\"%s\" after %s in: %s", item, found, text).isGreaterThanOrEqualTo(0);
      found.add(item);
      from = at + item.length();
    }
  }

  private static BigDecimal amountAfter(String text, String label) {
    Matcher amount = Pattern.compile(Pattern.quote(label) + " \\$([0-9,]+\\.[0-9]{2})").matcher(text);
    assertThat(amount.find()).as("an amount after \"%s\"", label).isTrue();
    return new BigDecimal(amount.group(1).replace(",", ""));
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  /** PDFBox's stripper for regions of a page. */
  private static final class PDFTextStripperByArea extends org.apache.pdfbox.text.PDFTextStripperByArea {
    PDFTextStripperByArea() throws IOException {
      super();
    }
  }
}
