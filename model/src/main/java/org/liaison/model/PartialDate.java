package org.liaison.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A date known to the precision its source gives: {@code YYYY}, {@code YYYY-MM}, {@code
 * YYYY-MM-DD}, or {@code --MM-DD} when the source names no year ("On November 18th"). A partial
 * date keeps its precision: a missing month or day is never padded and a missing year never
 * guessed.
 *
 * <p>Comparisons respect precision: {@code 2024} is neither before nor after {@code 2024-03}, and a
 * year-less date is comparable only to another year-less date. {@link #isBefore} and {@link
 * #isAfter} answer {@code true} only when the order is certain.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PartialDate {

  /** How much of a date is known. */
  public enum Precision {
    /** {@code YYYY}. */
    YEAR,
    /** {@code YYYY-MM}. */
    MONTH,
    /** {@code YYYY-MM-DD}. */
    DAY,
    /** {@code --MM-DD}: month and day, no year. */
    MONTH_DAY
  }

  /**
   * Orders dates for display and stable sorting: dated ones by their first possible day (a coarser
   * date first on a tie), year-less ones after them by month and day. It is not a chronology: use
   * {@link #isBefore} for that.
   */
  public static final Comparator<PartialDate> SORT_ORDER =
      Comparator.comparing((PartialDate d) -> d.precision == Precision.MONTH_DAY)
          .thenComparingInt(d -> d.year)
          .thenComparingInt(d -> d.month)
          .thenComparingInt(d -> d.day);

  private final Precision precision;
  private final int year;
  private final int month;
  private final int day;

  private PartialDate(Precision precision, int year, int month, int day) {
    this.precision = precision;
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * Returns the year-only date {@code YYYY}.
   *
   * @throws IllegalArgumentException for a year outside 1–9999
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(Precision.YEAR, year, 0, 0);
  }

  /**
   * Returns {@code YYYY-MM}.
   *
   * @throws IllegalArgumentException for an impossible year or month
   */
  public static PartialDate ofYearMonth(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is not between 1 and 12");
    }
    return new PartialDate(Precision.MONTH, year, month, 0);
  }

  /**
   * Returns {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException for an impossible date
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          String.format("%04d-%02d-%02d is not a date in the calendar", year, month, day), e);
    }
    return new PartialDate(Precision.DAY, year, month, day);
  }

  /**
   * Returns {@code --MM-DD}, a day whose year the source does not give; {@code --02-29} is allowed.
   *
   * @throws IllegalArgumentException for an impossible month and day
   */
  public static PartialDate ofMonthDay(int month, int day) {
    // Month's longest length, not MonthDay.of: MonthDay builds a date parser as it loads
    if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
      throw new IllegalArgumentException(
          String.format("--%02d-%02d is not a day of any year", month, day));
    }
    return new PartialDate(Precision.MONTH_DAY, 0, month, day);
  }

  /**
   * Returns the date written {@code text}, in one of the four forms. Like {@link Id#of(String)} and
   * {@link Area#of(String)}, this is how a value is made from its text.
   *
   * @throws IllegalArgumentException if {@code text} is {@code null}, none of them or names an
   *     impossible date; the message says what is expected
   */
  public static PartialDate of(String text) {
    int n = text == null ? 0 : text.length();
    if (n == 7
        && text.startsWith("--")
        && digits(text, 2, 4)
        && text.charAt(4) == '-'
        && digits(text, 5, 7)) {
      return ofMonthDay(num(text, 2, 4), num(text, 5, 7));
    }
    if (n >= 4 && digits(text, 0, 4)) {
      int year = num(text, 0, 4);
      if (n == 4) {
        return ofYear(year);
      }
      if (n >= 7 && text.charAt(4) == '-' && digits(text, 5, 7)) {
        if (n == 7) {
          return ofYearMonth(year, num(text, 5, 7));
        }
        if (n == 10 && text.charAt(7) == '-' && digits(text, 8, 10)) {
          return of(year, num(text, 5, 7), num(text, 8, 10));
        }
      }
    }
    throw new IllegalArgumentException(
        "`"
            + text
            + "` is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD when the year"
            + " is unknown");
  }

  /**
   * Returns the date written {@code text} like {@link #of(String)}, or empty instead of throwing.
   */
  public static Optional<PartialDate> tryParse(String text) {
    try {
      return Optional.of(of(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is not between 0001 and 9999");
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int to) {
    return Integer.parseInt(s, from, to, 10);
  }

  /** How much of the date is known. */
  public Precision precision() {
    return precision;
  }

  /** The year, if known. */
  public Optional<Integer> year() {
    return hasYear() ? Optional.of(year) : Optional.empty();
  }

  /** The month, if known. */
  public Optional<Integer> month() {
    return month == 0 ? Optional.empty() : Optional.of(month);
  }

  /** The day of the month, if known. */
  public Optional<Integer> day() {
    return day == 0 ? Optional.empty() : Optional.of(day);
  }

  /** Whether the year is known. */
  public boolean hasYear() {
    return precision != Precision.MONTH_DAY;
  }

  /** The full calendar date, when the precision is {@link Precision#DAY}. */
  public Optional<LocalDate> toLocalDate() {
    return precision == Precision.DAY
        ? Optional.of(LocalDate.of(year, month, day))
        : Optional.empty();
  }

  /**
   * Whether this date is certainly before {@code other}: every day it may stand for comes before
   * every day {@code other} may stand for. Dates with and without a year are never ordered.
   */
  public boolean isBefore(PartialDate other) {
    if (hasYear() != other.hasYear()) {
      return false;
    }
    return last() < other.first();
  }

  /** Whether this date is certainly after {@code other}; see {@link #isBefore}. */
  public boolean isAfter(PartialDate other) {
    return other.isBefore(this);
  }

  // yyyymmdd of the first and last day the date may stand for (31 stands for any month's end).
  private int first() {
    return year * 10000 + Math.max(month, 1) * 100 + Math.max(day, 1);
  }

  private int last() {
    return year * 10000 + (month == 0 ? 12 : month) * 100 + (day == 0 ? 31 : day);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PartialDate)) {
      return false;
    }
    PartialDate d = (PartialDate) o;
    return precision == d.precision && year == d.year && month == d.month && day == d.day;
  }

  @Override
  public int hashCode() {
    return ((precision.ordinal() * 31 + year) * 31 + month) * 31 + day;
  }

  /** Returns the date in the form it is written in files ({@code 2024-03}, {@code --11-18}). */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        return String.format("%04d", year);
      case MONTH:
        return String.format("%04d-%02d", year, month);
      case DAY:
        return String.format("%04d-%02d-%02d", year, month, day);
      default:
        return String.format("--%02d-%02d", month, day);
    }
  }
}
