package org.recourse.account;

import java.util.ArrayList;
import java.util.List;

/** A US postal address as it is printed on an envelope. */
public record PostalAddress(String line1, String line2, String city, UsState state, String postalCode) {

  /** The address block of a letter or a court paper: the street, its second line if any, the city; none for null. */
  public static List<String> lines(PostalAddress address) {
    if (address == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(3);
    lines.add(address.line1());
    if (address.line2() != null && !address.line2().isBlank()) {
      lines.add(address.line2());
    }
    lines.add(address.city() + ", " + address.state() + " " + address.postalCode());
    return lines;
  }

  public String oneLine() {
    return String.join(", ", lines(this));
  }
}
