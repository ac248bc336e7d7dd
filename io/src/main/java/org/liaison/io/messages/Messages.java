package org.liaison.io.messages;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Small helpers for messages that say what to change; shared with the other Liaison modules. */
public final class Messages {
  private Messages() {}

  /** Quotes a value for a message, shortening a long one. */
  public static String quote(String text) {
    String t = text.length() > 60 ? text.substring(0, 57) + "…" : text;
    return "`" + t.replace("\n", "\\n") + "`";
  }

  /**
   * Returns the candidate nearest to {@code given} (compared in lower case), if one is near enough
   * to be a likely typo; see {@link NearestName}.
   */
  public static Optional<String> nearest(String given, Collection<String> candidates) {
    return Optional.ofNullable(new NearestName(candidates).find(given.toLowerCase(Locale.ROOT)));
  }

  /** " — did you mean `x`?", for the end of a message, when a candidate is near. */
  public static Optional<String> didYouMean(String given, Collection<String> candidates) {
    return nearest(given, candidates).map(s -> " — did you mean `" + s + "`?");
  }
}
