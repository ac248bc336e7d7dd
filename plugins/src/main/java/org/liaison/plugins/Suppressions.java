package org.liaison.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaison.io.Directive;
import org.liaison.io.LoadResult;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * The {@code # liaison-disable-next-line CODE[, CODE…] -- reason} comments of YAML files, as the
 * reader found them while reading. Each suppresses the problems of its codes on the line after it;
 * one that suppresses nothing is reported as {@code suppression.unused}.
 */
final class Suppressions {
  private static final String MARKER = "liaison-disable-next-line";
  private static final Pattern COMMENT =
      Pattern.compile(MARKER + "\\s+([^\\s,]+(?:\\s*,\\s*[^\\s,]+)*)(?:\\s+--.*)?\\s*");

  private static final class Suppression {
    final Location at;
    final List<String> codes;
    boolean used;

    Suppression(Location at, List<String> codes) {
      this.at = at;
      this.codes = codes;
    }
  }

  private final List<Suppression> all = new ArrayList<>();

  /** No suppressions: for a dataset read without its comments. */
  static Suppressions none() {
    return new Suppressions();
  }

  /**
   * The suppressions among the comments the reader kept ({@link LoadResult#directives()}): no file
   * is read again for them.
   */
  static Suppressions of(LoadResult load) {
    Suppressions s = new Suppressions();
    for (Directive d : load.directives()) {
      Matcher m = COMMENT.matcher(d.text());
      if (m.matches()) {
        List<String> codes = new ArrayList<>();
        for (String c : m.group(1).split(",")) {
          if (!c.isBlank()) {
            codes.add(c.trim());
          }
        }
        s.all.add(new Suppression(d.location(), codes));
      }
    }
    return s;
  }

  /** Whether {@code p} is suppressed; marks the suppression used. */
  boolean suppresses(Problem p) {
    if (all.isEmpty() || p.location().isEmpty()) {
      return false;
    }
    Location l = p.location().get();
    boolean hit = false;
    for (Suppression s : all) {
      if (s.at.file().equals(l.file())
          && s.at.line() + 1 == l.line()
          && s.codes.contains(p.code())) {
        s.used = true;
        hit = true;
      }
    }
    return hit;
  }

  /**
   * An {@code info} problem for each suppression that suppressed nothing, saying which of its codes
   * the configuration turns off in that file.
   *
   * @param off whether a code (first argument) is turned off in a file (second argument)
   */
  List<Problem> unused(BiPredicate<String, String> off) {
    List<Problem> problems = new ArrayList<>();
    for (Suppression s : all) {
      if (!s.used) {
        List<String> turnedOff = s.codes.stream().filter(c -> off.test(c, s.at.file())).toList();
        List<String> absent = s.codes.stream().filter(c -> !turnedOff.contains(c)).toList();
        String why =
            turnedOff.isEmpty()
                ? "no such problem is there"
                : "the configuration turns "
                    + String.join(", ", turnedOff)
                    + " off"
                    + (absent.isEmpty()
                        ? ""
                        : " and no " + String.join(", ", absent) + " problem is there");
        problems.add(
            BuiltinCode.SUPPRESSION_UNUSED
                .problem(
                    "this comment suppresses "
                        + String.join(", ", s.codes)
                        + " on line "
                        + (s.at.line() + 1)
                        + ", but "
                        + why
                        + ": remove the comment")
                .location(s.at)
                .build());
      }
    }
    return problems;
  }
}
