package org.recourse.platform;

import java.util.Arrays;
import java.util.List;

/**
 * Why a request is refused, as a stable code and its arguments (amounts, dates, counts, frequencies), for a page
 * that words it in its reader's language. The refusal's message stays the English wording, for the API and the
 * log; a page without words for the code shows that.
 */
public record Reason(String code, List<Object> arguments) {

  public Reason {
    arguments = List.copyOf(arguments);
  }

  public static Reason of(String code, Object... arguments) {
    return new Reason(code, Arrays.asList(arguments));
  }
}
