package org.liaison.io.tokens;

import org.liaison.model.BuiltinCode;

/**
 * The YAML 1.2 that snakeyaml-engine 3.0.1 gets wrong, put right line by line in the same columns.
 * A tab YAML 1.2 allows as white space where the engine refuses one (after {@code -}, {@code ?},
 * {@code :} or {@code ---}, in a {@code %YAML} directive, on a line of white space or of a comment,
 * after the indentation of a continued scalar or of brackets) becomes a space. What the engine
 * reads though YAML 1.2 does not allow it is an {@link InputException} at its place: a tab that
 * indents a block list or mapping, a {@code #} right after a closing quote, a bracket or a comma,
 * and a line inside quotes or brackets indented no deeper than the key or dash they belong to.
 *
 * <p>The lines are followed as far as these need: quotes, brackets and block scalars (whose lines
 * are left untouched) across lines, and the column of the innermost key or dash of the last line of
 * a block list or mapping.
 */
final class YamlLineFixes {
  private char[] line;
  private int n; // the line's length, its break not included
  private int lineNumber;

  private char quote; // the quote a scalar over several lines is open in, or 0
  private int flow; // brackets open
  private boolean blockScalar; // the lines are a block scalar's while indented deeper than:
  private int blockIndent;
  // the column (0-based) of the innermost key or dash of the last line of a block collection
  private int innermost = -1;
  private boolean directivesAllowed = true;

  /** Puts {@code line} (number {@code lineNumber}, {@code n} characters before its break) right. */
  void put(char[] line, int n, int lineNumber) {
    this.line = line;
    this.n = n;
    this.lineNumber = lineNumber;
    put();
  }

  /** Puts the line right: tabs to spaces where they separate, a problem where one is found. */
  private void put() {
    int s = lineNumber == 1 && n > 0 && line[0] == '\uFEFF' ? 1 : 0;
    int from = s;
    while (s < n && line[s] == ' ') {
      s++;
    }
    int f = skipBlanks(s);
    int spaces = s - from;
    if (blockScalar) {
      if (f == n || (spaces > blockIndent && !marker(from))) {
        return; // the block scalar's text, untouched
      }
      blockScalar = false;
    }
    if (f == n || (line[f] == '#' && quote == 0)) {
      spaces(s, f); // white space, or a comment
      return;
    }
    if (quote != 0 || flow > 0) {
      if (spaces <= innermost) {
        throw problem(
            f,
            "this line continues "
                + (quote != 0 ? "a quoted scalar" : "a list or mapping in brackets")
                + " and must be indented deeper than its key or dash, with spaces");
      }
      if (quote == 0) {
        spaces(s, f);
      }
      scan(f);
      return;
    }
    if (spaces == 0 && marker(from)) {
      innermost = -1;
      directivesAllowed = line[from] == '.';
      scan(separation(from + 3));
      return;
    }
    if (spaces == 0 && line[from] == '%' && directivesAllowed) {
      if (n - from >= 5 && String.valueOf(line, from, 5).equals("%YAML")) {
        spaces(from, n);
      }
      return;
    }
    directivesAllowed = false;
    if (f > s) { // tabs after the indentation: fine before a scalar or brackets, never a block
      if (blockConstruct(f)) {
        throw tabIndents(s);
      }
      if (spaces > innermost) {
        spaces(s, f);
      }
      scan(f);
      return;
    }
    int p = s;
    while (indicator(p)) {
      innermost = p - from;
      p = separation(p + 1);
    }
    if (implicitKey(p)) {
      innermost = p - from;
    }
    scan(p);
  }

  /** Past the blanks at {@code p}: their tabs as spaces, or a problem if they indent a block. */
  private int separation(int p) {
    int q = skipBlanks(p);
    int tab = indexOfTab(p, q);
    if (tab >= 0) {
      if (q < n && flow == 0 && blockConstruct(q)) {
        throw tabIndents(tab);
      }
      spaces(p, q);
    }
    return q;
  }

  /** Follows the rest of the line from {@code p}: quotes, brackets, block scalar headers. */
  private void scan(int p) {
    while (p < n) {
      char c = line[p];
      if (quote != 0) {
        p = quoted(p);
      } else if (c == ' ' || c == '\t') {
        p = separation(p);
      } else if (c == '#') {
        return;
      } else if (c == '"' || c == '\'') {
        quote = c;
        p++;
      } else if (c == '[' || c == '{') {
        flow++;
        p = notComment(p + 1);
      } else if ((c == ']' || c == '}') && flow > 0) {
        flow--;
        p = notComment(p + 1);
      } else if (c == ',' && flow > 0) {
        p = notComment(p + 1);
      } else if ((c == '|' || c == '>') && flow == 0) {
        blockScalar = true;
        blockIndent = innermost;
        return;
      } else if (c == '&' || c == '!' || c == '*') {
        p++; // an anchor, alias or tag ends at white space or a bracket's indicator
        while (p < n && !blank(line[p]) && !flowIndicator(p)) {
          p++;
        }
      } else if (indicator(p) || (c == ':' && flow > 0)) {
        p++;
      } else {
        p = plain(p);
      }
    }
  }

  /** Past the quoted text from {@code p} (inside the quotes) to its closing quote or the end. */
  private int quoted(int p) {
    while (p < n) {
      char c = line[p];
      if (quote == '"' && c == '\\') {
        p += 2;
      } else if (c == quote && quote == '\'' && p + 1 < n && line[p + 1] == '\'') {
        p += 2;
      } else if (c == quote) {
        quote = 0;
        return notComment(p + 1);
      } else {
        p++;
      }
    }
    return n;
  }

  /** Past a plain scalar from {@code p}: to a {@code ": "}, a comment, or a flow indicator. */
  private int plain(int p) {
    int q = p + 1;
    while (q < n) {
      char c = line[q];
      if (c == ':' && (q + 1 == n || blank(line[q + 1]) || (flow > 0 && flowIndicator(q + 1)))) {
        return q;
      }
      if (flow > 0 && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) {
        return q;
      }
      if (blank(c)) {
        int r = skipBlanks(q);
        if (r == n || line[r] == '#') {
          return q;
        }
        q = r;
      } else {
        q++;
      }
    }
    return q;
  }

  /** {@code p}, unless a comment starts there with no space before it. */
  private int notComment(int p) {
    if (p < n && line[p] == '#') {
      throw problem(p, "a comment needs a space before its `#`: add one, or quote the text");
    }
    return p;
  }

  private boolean flowIndicator(int p) {
    char c = line[p];
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  /** Whether a block list or mapping starts at {@code p}: a dash, {@code ?} or key. */
  private boolean blockConstruct(int p) {
    return indicator(p) || implicitKey(p);
  }

  /** A {@code -}, {@code ?} or {@code :} indicator of a block collection at {@code p}. */
  private boolean indicator(int p) {
    return p < n
        && (line[p] == '-' || line[p] == '?' || line[p] == ':')
        && (p + 1 == n || blank(line[p + 1]));
  }

  /** Whether a key followed by {@code ": "} (or its colon at the end of the line) starts here. */
  private boolean implicitKey(int p) {
    if (p >= n) {
      return false;
    }
    char c = line[p];
    int q = p + 1;
    if (c == '"' || c == '\'') {
      while (q < n && line[q] != c) {
        q += c == '"' && line[q] == '\\' ? 2 : 1;
      }
      q = skipBlanks(q + 1);
    } else if ("[]{},#|>&!*%@`".indexOf(c) >= 0) {
      return false;
    } else {
      while (q < n && !(line[q] == ':' && (q + 1 == n || blank(line[q + 1])))) {
        if (line[q] == '#' && blank(line[q - 1])) {
          return false;
        }
        q++;
      }
    }
    return q < n && line[q] == ':' && (q + 1 == n || blank(line[q + 1]));
  }

  /** Whether {@code ---} or {@code ...} stands at {@code p}, followed by a blank or the end. */
  private boolean marker(int p) {
    if (p + 3 > n) {
      return false;
    }
    char c = line[p];
    return (c == '-' || c == '.')
        && line[p + 1] == c
        && line[p + 2] == c
        && (p + 3 == n || blank(line[p + 3]));
  }

  private void spaces(int from, int to) {
    for (int i = from; i < to; i++) {
      if (line[i] == '\t') {
        line[i] = ' ';
      }
    }
  }

  private int indexOfTab(int from, int to) {
    for (int i = from; i < to; i++) {
      if (line[i] == '\t') {
        return i;
      }
    }
    return -1;
  }

  private int skipBlanks(int p) {
    while (p < n && blank(line[p])) {
      p++;
    }
    return p;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }

  private InputException tabIndents(int p) {
    return problem(
        p,
        "a tab here indents a list or mapping, and YAML indents only with spaces:"
            + " replace the tab with spaces");
  }

  private InputException problem(int p, String message) {
    return new InputException(BuiltinCode.SYNTAX, "malformed YAML: " + message, lineNumber, p + 1);
  }
}
