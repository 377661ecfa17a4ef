package org.recourse.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page check itself, on pages made to break where no letter may: each defect is named, a sound page is not. */
class PageBreaksTest {

  private static final DocumentRenderer RENDERER = new DocumentRenderer();
  private static final String BREAK = "<div style=\"page-break-before: always\"></div>";
  private static final String PARAGRAPH = "<p>Please make each payment on or before its due date. You may pay more than"
      + " the scheduled amount, or pay the whole balance, at any time.</p>";
  private static final String SIGNATURE = "<div class=\"signature\"><div>Sincerely,</div>"
      + "<div class=\"name\">Recourse Recovery Services</div></div>";

  @Test
  void a_sound_letter_passes() {
    assertThat(PageBreaks.LETTERS.problems(pdf("<h1>Your payment plan</h1>" + PARAGRAPH + SIGNATURE))).isEmpty();
  }

  @Test
  void a_page_holding_only_the_signature_fails() {
    assertThat(PageBreaks.LETTERS.problems(pdf("<h1>Your payment plan</h1>" + PARAGRAPH + BREAK + SIGNATURE)))
        .containsExactly("page 2 of 2 starts with the signature block, apart from the paragraph before it:"
            + " \"Sincerely, / Recourse Recovery Services\"");
  }

  @Test
  void a_page_holding_only_the_footer_and_page_number_fails() {
    assertThat(PageBreaks.LETTERS.problems(pdf(PARAGRAPH + SIGNATURE + BREAK + "<div style=\"height: 1in\"></div>")))
        .containsExactly("page 2 of 2 holds nothing but its running header, footer or page number");
  }

  @Test
  void a_heading_with_nothing_after_it_on_its_page_fails() {
    assertThat(PageBreaks.LETTERS.problems(pdf(PARAGRAPH
        // The letters' style sheet keeps a heading with what follows: this one is let go, as it was before.
        + "<h2 style=\"page-break-after: auto\">Your payments</h2>" + BREAK + PARAGRAPH + SIGNATURE)))
        .containsExactly("page 1 of 2 ends on the heading \"Your payments\", with nothing of what it heads after it");
  }

  @Test
  void a_page_holding_only_a_heading_fails() {
    assertThat(PageBreaks.LETTERS.problems(pdf(PARAGRAPH + BREAK + "<h1>Your payment plan</h1>" + BREAK + PARAGRAPH
        + SIGNATURE)))
        .containsExactly("page 2 of 3 holds only a heading: \"Your payment plan\"");
  }

  /** A letter of {@code body}, with the letters' style sheet and running footer. */
  private static byte[] pdf(String body) {
    return RENDERER.pdf("<html><head><title>Test</title><link rel=\"stylesheet\" href=\"letter.css\"/></head><body>"
        + "<div class=\"footer\"><div class=\"fdcpa\">This communication is from a debt collector.</div></div>"
        + "<div class=\"pageno\">Page <span class=\"page-number\"></span> of <span class=\"page-count\"></span></div>"
        + body + "</body></html>").content();
  }
}
