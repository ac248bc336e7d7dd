package org.liaison.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.liaison.model.Area;
import org.liaison.model.PartialDate;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Values drawn from a QuickTheories randomness source, for {@link RandomDatasets}: text that tempts
 * a writer to get quoting wrong (YAML keywords and indicators, line breaks, control characters,
 * CJK, emoji), ids of every shape, dates of every precision, numbers of every scale, and the
 * choices they are made of. Every draw goes through the source, so a failing value shrinks.
 */
class RandomValues {
  /** Strings a YAML or JSON writer must quote or escape, some of them from RoundTripTest. */
  private static final List<String> AWKWARD =
      List.of(
          "",
          " ",
          "null",
          "~",
          "NULL",
          "yes",
          "no",
          "on",
          "off",
          "y",
          "n",
          "true",
          "1",
          "1.0",
          "0x1F",
          "0o17",
          ".inf",
          "-.Inf",
          ".NaN",
          "1e3",
          "2024-03-21",
          "--11-18",
          "12:30",
          " leading",
          "trailing ",
          "a: b",
          "a:b",
          "#hash",
          "a #b",
          "- item",
          "-",
          "?",
          ":",
          "---",
          "...",
          "[x]",
          "{x}",
          "x, y",
          "*star",
          "&amp",
          "!bang",
          "!!binary",
          "%pct",
          "@at",
          "`tick",
          "'single'",
          "\"double\"",
          "back\\slash",
          "|",
          ">",
          "two\nlines",
          "ends with a newline\n",
          "\n",
          "\r\n",
          "cr\ronly",
          "  indented\nblock",
          "tab\there",
          "\t",
          "bell\u0007",
          "nul\u0000",
          "esc\u001b",
          "del\u007f",
          "c1\u0080\u009f",
          "nbsp\u00a0",
          "nel\u0085",
          "line\u2028sep",
          "para\u2029sep",
          "bom\ufeff",
          "\ufeffbom",
          "zero\u200bwidth",
          "中侨职业技术大学",
          "emoji 😀",
          "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
          "e\u0301",
          "\u00ad",
          "right\u202eleft",
          "\ufffd",
          "<<",
          "=");

  /** Code point ranges text is drawn from, each as {first, last}. */
  private static final int[][] RANGES = {
    {0x20, 0x7e},
    {0x20, 0x7e},
    {0x20, 0x7e},
    {0x0, 0x1f},
    {0x7f, 0xff},
    {0x100, 0x2fff},
    {0x4e00, 0x9fff},
    {0xe000, 0xfffd},
    {0x10000, 0x10ffff}
  };

  private final RandomnessSource in;

  RandomValues(RandomnessSource in) {
    this.in = in;
  }

  // ---- values ----------------------------------------------------------------------------------

  /** Text of every kind: words, awkward strings, random code points, and pairs of them. */
  String text() {
    return switch (between(0, 4)) {
      case 0 -> word();
      case 1 -> pick(AWKWARD.toArray(String[]::new));
      case 2 -> codePoints();
      case 3 -> text() + pick(new String[] {" ", ": ", " #", "\n", ", "}) + text();
      default -> word() + " " + word();
    };
  }

  String word() {
    StringBuilder b = new StringBuilder();
    for (int i = between(1, 10); i > 0; i--) {
      b.append((char) between('a', 'z'));
    }
    return b.toString();
  }

  /** Up to eight code points from anywhere in Unicode, surrogates aside. */
  String codePoints() {
    StringBuilder b = new StringBuilder();
    for (int i = between(0, 8); i > 0; i--) {
      int[] range = RANGES[between(0, RANGES.length - 1)];
      int c = between(range[0], range[1]);
      b.appendCodePoint(Character.isSurrogate((char) c) && c < 0x10000 ? 'x' : c);
    }
    return b.toString();
  }

  Area area() {
    return switch (between(0, 2)) {
      case 0 -> pick(Area.vocabulary().toArray(Area[]::new));
      case 1 -> Area.of("x-" + word());
      default -> {
        String code = text();
        yield Area.of(code.isEmpty() ? "x" : code);
      }
    };
  }

  PartialDate date() {
    int month = between(1, 12);
    int day = between(1, Month.of(month).maxLength());
    int year = between(1, 9999);
    return switch (between(0, 3)) {
      case 0 -> PartialDate.ofYear(year);
      case 1 -> PartialDate.ofYearMonth(year, month);
      case 2 -> PartialDate.ofMonthDay(month, day);
      default ->
          PartialDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    };
  }

  int count() {
    return flip() ? between(0, 100) : between(0, Integer.MAX_VALUE);
  }

  /** Numbers with any scale: {@code 1000}, {@code 2.5}, {@code 1E+3}, {@code -0.000}. */
  BigDecimal decimal() {
    long unscaled = (long) between(Integer.MIN_VALUE, Integer.MAX_VALUE) * between(0, 1_000_000);
    return new BigDecimal(BigInteger.valueOf(unscaled), between(-6, 12));
  }

  /** A key of a map: any text. */
  String key() {
    return text();
  }

  /** Ids of every shape the syntax allows, YAML keywords and numbers among them. */
  String idText() {
    String[] special = {
      "null",
      "true",
      "no",
      "yes",
      "on",
      "y",
      "1",
      "007",
      "2024",
      "1e3",
      "0x1f",
      "1.5",
      "nan",
      "inf",
      "1_000",
      "2024-03-21",
      "a".repeat(100)
    };
    if (between(0, 3) == 0) {
      return pick(special);
    }
    String first = "abcdefghijklmnopqrstuvwxyz0123456789";
    String rest = first + "._-";
    StringBuilder b = new StringBuilder().append(first.charAt(between(0, first.length() - 1)));
    for (int i = between(0, 12); i > 0; i--) {
      b.append(rest.charAt(between(0, rest.length() - 1)));
    }
    return b.toString();
  }

  // ---- choices ---------------------------------------------------------------------------------

  int between(int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  boolean flip() {
    return between(0, 1) == 0;
  }

  @SafeVarargs
  final <T> T pick(T... options) {
    return options[between(0, options.length - 1)];
  }

  /** One of {@code options}. @throws NoRecord if there is none */
  <T> T pick(List<T> options) {
    if (options.isEmpty()) {
      throw new NoRecord();
    }
    return options.get(between(0, options.size() - 1));
  }

  /**
   * A value two times in three; empty otherwise, and always when it would need a record of a kind
   * there is none of.
   */
  <T> Optional<T> maybe(Supplier<T> value) {
    if (between(0, 2) == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(value.get());
    } catch (NoRecord e) {
      return Optional.empty();
    }
  }

  <T> List<T> list(int max, Supplier<T> item) {
    return list(0, max, item);
  }

  <T> List<T> list(int min, int max, Supplier<T> item) {
    List<T> list = new ArrayList<>();
    for (int i = between(min, max); i > 0; i--) {
      try {
        list.add(item.get());
      } catch (NoRecord e) {
        return list;
      }
    }
    return list;
  }

  Map<String, String> map(int max, Supplier<String> key, Supplier<String> value) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = between(0, max); i > 0; i--) {
      map.put(key.get(), value.get());
    }
    return map;
  }

  /** Thrown when a reference is needed to a kind of record the dataset has none of. */
  static final class NoRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoRecord() {
      super(null, null, false, false);
    }
  }
}
