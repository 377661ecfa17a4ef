package org.recourse.compliance;

/** The addresses that opted out of e-mail, kept by the correspondence feature that sends the e-mail. */
public interface EmailOptOutList {

  boolean isOptedOut(String address);
}
