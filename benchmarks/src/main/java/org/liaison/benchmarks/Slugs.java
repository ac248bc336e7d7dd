package org.liaison.benchmarks;

/** Ids and short names made from phrases, as people write them for their institutions. */
final class Slugs {
  private Slugs() {}

  /**
   * A lowercase id fragment of a phrase: {@code "School of Logistics"} gives {@code
   * school-of-logistics}.
   */
  static String slug(String phrase) {
    return slug(phrase, 40);
  }

  /** A slug of at most {@code max} characters. */
  static String slug(String phrase, int max) {
    StringBuilder sb = new StringBuilder(phrase.length());
    for (int i = 0; i < phrase.length(); i++) {
      char c = Character.toLowerCase(phrase.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    int end = Math.min(sb.length(), max);
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    return sb.substring(0, end);
  }

  /** The initials of a phrase's capitalised words: an acronym. */
  static String acronym(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String word : phrase.split(" ")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        sb.append(word.charAt(0));
      }
    }
    return sb.toString();
  }
}
