package org.liaison.io;

/**
 * The values a {@link ReadLimits.Limit} takes: at least {@code min}, at most {@code max} (a larger
 * value is taken as {@code max}). {@code words} names the limit in a message.
 */
record LimitRange(String words, long min, long max) {
  /** {@code value}, at most {@code max}. */
  long checked(long value) {
    if (value < min) {
      throw new IllegalArgumentException(tooSmall(value));
    }
    return Math.min(value, max);
  }

  /** Why {@code value} is refused; a smallest value above 1 is the nesting of the format itself. */
  private String tooSmall(long value) {
    if (min > 1) {
      return "the format itself nests "
          + min
          + " deep; a "
          + words
          + " limit of "
          + value
          + " is too small";
    }
    return min == 0
        ? "the " + words + " limit must not be negative"
        : "the " + words + " limit must be positive, not " + value;
  }
}
