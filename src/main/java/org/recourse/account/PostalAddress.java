package org.recourse.account;

/** A US postal address as it is printed on an envelope. */
public record PostalAddress(String line1, String line2, String city, UsState state, String postalCode) {

  public String oneLine() {
    return line1 + (line2 == null || line2.isBlank() ? "" : ", " + line2) + ", " + city + ", " + state + " " + postalCode;
  }
}
