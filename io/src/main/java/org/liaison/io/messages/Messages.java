package org.liaison.io.messages;

import java.util.Collection;
import java.util.Optional;

/** Small helpers for messages that say what to change; shared with the other Liaison modules. */
public final class Messages {
  private Messages() {}

  /** Quotes a value for a message, shortening a long one. */
  public static String quote(String text) {
    String t = text.length() > 60 ? text.substring(0, 57) + "…" : text;
    return "`" + t.replace("\n", "\\n") + "`";
  }

  /** Returns the candidate nearest to {@code given}, if one is near enough to be a likely typo. */
  public static Optional<String> nearest(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(2, given.length() / 3);
    for (String c : candidates) {
      if (Math.abs(c.length() - given.length()) > allowed) {
        continue;
      }
      int d = distance(given.toLowerCase(java.util.Locale.ROOT), c, allowed);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** " — did you mean `x`?", for the end of a message, when a candidate is near. */
  public static Optional<String> didYouMean(String given, Collection<String> candidates) {
    return nearest(given, candidates).map(s -> " — did you mean `" + s + "`?");
  }

  /** Optimal string alignment distance, giving up (returning limit + 1) past {@code limit}. */
  public static int distance(String a, String b, int limit) {
    int[] prev2 = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
