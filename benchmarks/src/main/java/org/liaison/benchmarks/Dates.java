package org.liaison.benchmarks;

import java.util.Random;

/** Dates of the generated data, in the forms of format v1. */
final class Dates {
  private Dates() {}

  /**
   * A date of 2019–2025 at day precision mostly, else month or year-less (as sources give them).
   */
  static String date(Random random) {
    int year = 2019 + random.nextInt(7);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    int p = random.nextInt(100);
    if (p < 85) {
      return String.format("%04d-%02d-%02d", year, month, day);
    }
    return p < 95
        ? String.format("%04d-%02d", year, month)
        : String.format("--%02d-%02d", month, day);
  }

  /** A date at day precision in {@code year}. */
  static String dayIn(Random random, int year) {
    return String.format("%04d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
  }
}
