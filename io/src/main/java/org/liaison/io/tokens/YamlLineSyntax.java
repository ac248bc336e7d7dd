package org.liaison.io.tokens;

import org.liaison.model.BuiltinCode;

/**
 * What {@link YamlLineFixes} tells apart on a line of YAML (indicators, keys, properties, markers,
 * blanks, quotes closed) and the edits and problems it makes there.
 */
abstract class YamlLineSyntax {
  char[] line;
  int n; // the line's length, its break not included
  int lineNumber;

  boolean flowIndicator(int p) {
    char c = line[p];
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  /** Whether a block list or mapping starts at {@code p}: a dash, {@code ?} or key. */
  boolean blockConstruct(int p) {
    return indicator(p) || implicitKey(afterProperties(p));
  }

  /** Past the anchor and tag at {@code p}, if any, and the blanks after them. */
  int afterProperties(int p) {
    while (p < n && (line[p] == '&' || line[p] == '!')) {
      p = skipBlanks(pastProperty(p));
    }
    return p;
  }

  /**
   * Past the anchor, alias or tag at {@code p}: to white space or a bracket's indicator, past the
   * {@code >} of a verbatim tag {@code !<...>} first.
   */
  int pastProperty(int p) {
    int q = p + 1;
    if (line[p] == '!' && q < n && line[q] == '<') {
      while (q < n && line[q] != '>') {
        q++;
      }
    }
    while (q < n && !blank(line[q]) && !flowIndicator(q)) {
      q++;
    }
    return q;
  }

  /** Whether a block scalar's header from {@code p} (after its indicator) gives its indentation. */
  boolean indentationIndicator(int p) {
    for (int q = p;
        q < n && (line[q] == '+' || line[q] == '-' || Character.isDigit(line[q]));
        q++) {
      if (Character.isDigit(line[q])) {
        return true;
      }
    }
    return false;
  }

  /** A {@code -}, {@code ?} or {@code :} indicator of a block collection at {@code p}. */
  boolean indicator(int p) {
    return p < n
        && (line[p] == '-' || line[p] == '?' || line[p] == ':')
        && (p + 1 == n || blank(line[p + 1]));
  }

  /** Whether a key followed by {@code ": "} (or its colon at the end of the line) starts here. */
  boolean implicitKey(int p) {
    if (p >= n) {
      return false;
    }
    char c = line[p];
    int q = p + 1;
    if (c == '"' || c == '\'') {
      while (q < n && (line[q] != c || (c == '\'' && q + 1 < n && line[q + 1] == c))) {
        q += (c == '"' && line[q] == '\\') || (c == '\'' && line[q] == c) ? 2 : 1;
      }
      q = skipBlanks(q + 1);
    } else if ("[]{},#|>&!%@`".indexOf(c) >= 0) {
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

  /** Whether the quoted scalar open in {@code quote} is closed on the line from {@code p}. */
  boolean closes(char quote, int p) {
    for (int q = p; q < n; q++) {
      if (quote == '"' && line[q] == '\\') {
        q++;
      } else if (line[q] == quote && quote == '\'' && q + 1 < n && line[q + 1] == quote) {
        q++;
      } else if (line[q] == quote) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code ---} or {@code ...} stands at {@code p}, followed by a blank or the end. */
  boolean marker(int p) {
    if (p + 3 > n) {
      return false;
    }
    char c = line[p];
    return (c == '-' || c == '.')
        && line[p + 1] == c
        && line[p + 2] == c
        && (p + 3 == n || blank(line[p + 3]));
  }

  int indexOfTab(int from, int to) {
    for (int i = from; i < to; i++) {
      if (line[i] == '\t') {
        return i;
      }
    }
    return -1;
  }

  int skipBlanks(int p) {
    while (p < n && blank(line[p])) {
      p++;
    }
    return p;
  }

  static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }

  /** Whether the character at {@code p} may go on with a plain scalar inside brackets. */
  boolean plainChar(int p) {
    char c = line[p];
    return !flowIndicator(p)
        && c != '#'
        && !(c == ':' && (p + 1 == n || blank(line[p + 1]) || flowIndicator(p + 1)));
  }

  /** {@code p}, unless a comment starts there with no space before it. */
  int notComment(int p) {
    if (p < n && line[p] == '#') {
      throw problem(p, "a comment needs a space before its `#`: add one, or quote the text");
    }
    return p;
  }

  void spaces(int from, int to) {
    for (int i = from; i < to; i++) {
      if (line[i] == '\t') {
        line[i] = ' ';
      }
    }
  }

  InputException tabIndents(int p) {
    return problem(
        p,
        "a tab here indents a list or mapping, and YAML indents only with spaces:"
            + " replace the tab with spaces");
  }

  InputException problem(int p, String message) {
    return new InputException(BuiltinCode.SYNTAX, "malformed YAML: " + message, lineNumber, p + 1);
  }
}
