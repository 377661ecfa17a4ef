package org.recourse.complaint;

/** How a complaint reached the agency. */
public enum ComplaintChannel {
  PHONE("by phone"),
  LETTER("by letter"),
  EMAIL("by e-mail"),
  /** Through a regulator: the CFPB's complaint portal, a state attorney general, a state licensing agency. */
  REGULATOR("through a regulator");

  private final String words;

  ComplaintChannel(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
