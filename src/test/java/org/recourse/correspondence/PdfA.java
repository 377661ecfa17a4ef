package org.recourse.correspondence;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/A-2b validation with veraPDF, the validator the PDF Association maintains. */
final class PdfA {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfA() {
  }

  /** The rules a PDF breaks as PDF/A-2b, one line each; empty when it conforms. */
  static List<String> violations(byte[] pdf) {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return List.of();
      }
      return result.getTestAssertions().stream()
          .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
          .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
              + assertion.getMessage())
          .distinct()
          .collect(Collectors.toList());
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not read the PDF", e);
    }
  }
}
