package org.liaison.io.tokens;

import java.util.ArrayList;
import java.util.List;
import org.liaison.io.Directive;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * The comments of one file addressed to Liaison ({@link Directive}), handed over by the token
 * reader as it meets them. At most as many as the file may have problems are kept (each may give
 * one), each at most {@link #MAX_TEXT} characters: a file of nothing but such comments costs no
 * more memory than its problems would.
 */
public final class Directives {
  /** The longest text kept; a longer comment is kept as its first this many characters. */
  static final int MAX_TEXT = 1_000;

  private final String file;
  private final int max;
  public final List<Directive> kept = new ArrayList<>();
  public Problem overflow;

  public Directives(String file, int max) {
    this.file = file;
    this.max = max;
  }

  /** Whether {@code text} (a comment's text after {@code #} and spaces) is one to keep. */
  static boolean addressed(CharSequence text) {
    int n = Directive.PREFIX.length();
    if (text.length() < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) != Directive.PREFIX.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Notes the first comment past the limit, as the problem that says so. */
  private void overflowAt(int line, int column) {
    if (overflow == null) {
      overflow =
          BuiltinCode.LIMIT
              .problem(
                  "this file has more than "
                      + max
                      + " `#"
                      + Directive.PREFIX
                      + "…` comments, the problems limit: this one and those after it"
                      + " are ignored; remove those that do nothing, or raise the problems limit")
              .location(Location.of(file, line, column))
              .build();
    }
  }

  /** Keeps the comment at {@code line}, {@code column} if its text is addressed to Liaison. */
  void comment(int line, int column, String text) {
    if (!addressed(text)) {
      return;
    }
    if (kept.size() >= max) {
      overflowAt(line, column);
      return;
    }
    String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    kept.add(new Directive(Location.of(file, line, column), t.strip()));
  }

  /**
   * Drops the comments kept from {@code from} up to {@code to} (each a line in the high 32 bits and
   * a column in the low): they were text of a scalar that spans those places, not comments.
   */
  void dropWithin(long from, long to) {
    kept.removeIf(
        d -> {
          long at = ((long) d.location().line() << 32) | d.location().column();
          return at > from && at < to;
        });
  }

  public List<Directive> kept() {
    return kept;
  }

  /** The {@code limit} problem of the comments past the most kept, or null. */
  public Problem overflow() {
    return overflow;
  }
}
