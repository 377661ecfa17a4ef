package org.recourse.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The text of a received e-mail: every text part, HTML included, decoded, in order. */
public final class MailText {

  private MailText() {
  }

  public static String of(Part part) throws Exception {
    if (part.isMimeType("text/*")) {
      return part.getContent().toString();
    }
    StringBuilder text = new StringBuilder();
    if (part.getContent() instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        text.append(of(parts.getBodyPart(i)));
      }
    }
    return text.toString();
  }
}
