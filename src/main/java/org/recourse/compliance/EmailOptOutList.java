package org.recourse.compliance;

import java.util.Collection;
import java.util.Set;

/** The addresses that opted out of e-mail, kept by the correspondence feature that sends the e-mail. */
public interface EmailOptOutList {

  boolean isOptedOut(String address);

  /** Those of the addresses that opted out, trimmed and in lower case, asked at once. */
  Set<String> optedOut(Collection<String> addresses);
}
