package org.recourse.correspondence;

import java.util.Currency;
import java.util.Map;
import org.recourse.account.Language;
import org.recourse.correspondence.internal.LetterFormat;
import org.recourse.correspondence.internal.TemplateCatalog;
import org.springframework.stereotype.Component;

/** Renders a letter from its data: the template of its kind and language, filled, laid out as PDF/A. */
@Component
public class LetterRenderer {

  private final TemplateCatalog catalog;
  private final DocumentRenderer renderer;

  public LetterRenderer(TemplateCatalog catalog, DocumentRenderer renderer) {
    this.catalog = catalog;
    this.renderer = renderer;
  }

  public RenderedLetter render(LetterKind kind, Language language, Currency currency, LetterData data) {
    return render(kind, language, currency, data.json());
  }

  /** Renders a letter from its stored data, with the template of its kind and language as it is now. */
  public RenderedLetter render(LetterKind kind, Language language, Currency currency, String json) {
    TemplateCatalog.Template template = catalog.letter(kind, language);
    Map<String, Object> model = LetterData.model(json);
    String html = renderer.html(template.name(), language, model, new LetterFormat(language, currency));
    DocumentRenderer.Pdf pdf = renderer.pdf(html);
    return new RenderedLetter(template, json, pdf.content(), pdf.pages());
  }

  public TemplateCatalog.Template template(LetterKind kind, Language language) {
    return catalog.letter(kind, language);
  }

  /** A letter as rendered: the template it came from, the data it was filled with, the PDF. */
  public record RenderedLetter(TemplateCatalog.Template template, String data, byte[] pdf, int pages) {
  }
}
