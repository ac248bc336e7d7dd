package org.liaison.io.messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The name among candidates nearest to a given one, if near enough to be a likely typo: the
 * smallest optimal string alignment distance, within a third of the given name's length (at least
 * two), then the first in sorted order. The candidates are indexed by length, and a candidate whose
 * letters alone differ too much is skipped before the distance is computed, so one index serves
 * many searches among thousands of ids.
 */
public final class NearestName {
  private final List<String>[] byLength;
  private final int[] counts = new int[128];

  /** Indexes {@code candidates} for searches. */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of lists: Java has no generic array
  public NearestName(Collection<String> candidates) {
    int longest = 0;
    for (String c : candidates) {
      longest = Math.max(longest, c.length());
    }
    byLength = new List[longest + 1];
    for (int i = 0; i <= longest; i++) {
      byLength[i] = new ArrayList<>();
    }
    for (String c : candidates) {
      byLength[c.length()].add(c);
    }
  }

  /** The candidate nearest to {@code given}, or {@code null} if none is near enough. */
  public String find(String given) {
    int allowed = Math.max(2, given.length() / 3);
    String best = null;
    int bestDistance = allowed + 1;
    int to = Math.min(byLength.length - 1, given.length() + allowed);
    for (int length = Math.max(0, given.length() - allowed); length <= to; length++) {
      for (String c : byLength[length]) {
        int limit = Math.min(allowed, bestDistance);
        int d = distanceWithin(given, c, limit);
        if (d <= limit && (d < bestDistance || c.compareTo(best) < 0)) {
          best = c;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  /** The distance of {@code a} and {@code b}, or more than {@code limit} if past it. */
  private int distanceWithin(String a, String b, int limit) {
    return bagDistance(a, b) > limit ? limit + 1 : distance(a, b, limit);
  }

  /**
   * How many characters one string has that the other lacks, counted as a multiset: a lower bound
   * of the edit distance, since an edit changes at most one on each side.
   */
  private int bagDistance(String a, String b) {
    for (int i = 0; i < a.length(); i++) {
      counts[a.charAt(i) & 127]++;
    }
    for (int i = 0; i < b.length(); i++) {
      counts[b.charAt(i) & 127]--;
    }
    long both = drain(a) + drain(b);
    return (int) Math.max(both >>> 32, both & 0xFFFFFFFFL);
  }

  /**
   * Empties the counts of the characters of {@code s}: the excess of the one string in the high
   * half of the result, of the other in the low half.
   */
  private long drain(String s) {
    long more = 0;
    long fewer = 0;
    for (int i = 0; i < s.length(); i++) {
      int c = s.charAt(i) & 127;
      more += Math.max(0, counts[c]);
      fewer += Math.max(0, -counts[c]);
      counts[c] = 0;
    }
    return more << 32 | fewer;
  }

  /** Optimal string alignment distance, giving up (returning limit + 1) past {@code limit}. */
  static int distance(String a, String b, int limit) {
    int[] prev2 = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      if (row(a, b, i, prev2, prev, cur) > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Fills row {@code i} of the distance table into {@code cur}; its least value. */
  private static int row(String a, String b, int i, int[] prev2, int[] prev, int[] cur) {
    cur[0] = i;
    int rowMin = i;
    for (int j = 1; j <= b.length(); j++) {
      cur[j] = cell(a, b, i, j, prev2, prev, cur);
      rowMin = Math.min(rowMin, cur[j]);
    }
    return rowMin;
  }

  /** One cell of the distance table: a deletion, an insertion, a change or a transposition. */
  private static int cell(String a, String b, int i, int j, int[] prev2, int[] prev, int[] cur) {
    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
    int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
    if (i > 1
        && j > 1
        && a.charAt(i - 1) == b.charAt(j - 2)
        && a.charAt(i - 2) == b.charAt(j - 1)) {
      v = Math.min(v, prev2[j - 2] + 1);
    }
    return v;
  }
}
