package org.liaison.io.tokens;

import org.liaison.model.BuiltinCode;

/**
 * The YAML 1.2 that snakeyaml-engine 3.0.1 gets wrong, put right line by line in the same columns.
 * A tab YAML 1.2 allows as white space where the engine refuses one (after {@code -}, {@code ?},
 * {@code :} or {@code ---}, in a {@code %YAML} directive, on a line of white space or of a comment,
 * after the indentation of a continued scalar or of brackets) becomes a space. What the engine
 * reads though YAML 1.2 does not allow it is an {@link InputException} at its place: a tab that
 * indents a block list or mapping, a {@code #} right after a closing quote, a bracket or a comma,
 * and a line inside quotes or brackets indented no deeper than the key or dash they belong to (but
 * for a line that starts with the bracket closing the outermost, as npm yaml reads it). The lines
 * of a block scalar at the top level whose text stands at indentation 0, which the engine does not
 * read, are to be handed out a column to the right ({@link #shift()}).
 *
 * <p>The lines are followed as far as these need: quotes, brackets, plain scalars and block scalars
 * (whose lines, to the first indented less than their first text, are left untouched) across lines,
 * and the column of the innermost key or dash of the last line of a block list or mapping.
 */
final class YamlLineFixes extends YamlLineSyntax {
  private char quote; // the quote a scalar over several lines is open in, or 0
  private int quoteLine; // where that quote stands: its line and column (0-based)
  private int quoteColumn;
  private int flow; // brackets open
  private boolean blockScalar; // the lines are a block scalar's while indented deeper than:
  private int blockIndent;
  private int textIndent; // and, once known, no less deeply than its first line of text
  private boolean textIndentKnown;
  private boolean shiftKnown; // whether the block scalar's text stands at indentation 0, if so:
  private boolean shifting;
  private boolean shift;
  private boolean topNode; // the line scanned holds nothing but properties before this
  // the line: where it starts (after a byte order mark), its indentation ends, its content starts
  private int from;
  private int indentEnd;
  private int content;
  private int spaces; // of indentation
  // the column (0-based) of the innermost key or dash of the last line of a block collection
  private int innermost = -1;
  private boolean directivesAllowed = true;
  private int plainEnd; // where the plain scalar going on last ended
  private boolean plainOpen; // the last line ended in a plain scalar, which may go on

  /**
   * Whether the line put right last is to be handed out a column to the right: a line of a block
   * scalar at the top level whose text stands at indentation 0, which the engine does not read.
   */
  boolean shift() {
    return shift;
  }

  /** Puts {@code line} (number {@code lineNumber}, {@code n} characters before its break) right. */
  void put(char[] line, int n, int lineNumber) {
    this.line = line;
    this.n = n;
    this.lineNumber = lineNumber;
    put();
  }

  /** Puts the line right: tabs to spaces where they separate, a problem where one is found. */
  private void put() {
    from = lineNumber == 1 && n > 0 && line[0] == '\uFEFF' ? 1 : 0;
    indentEnd = from;
    while (indentEnd < n && line[indentEnd] == ' ') {
      indentEnd++;
    }
    content = skipBlanks(indentEnd);
    spaces = indentEnd - from;
    shift = false;
    if (blockScalar && blockScalarText()) {
      return;
    }
    if (content == n || (line[content] == '#' && quote == 0)) {
      spaces(indentEnd, content); // white space, or a comment
      plainOpen &= content == n;
      return;
    }
    boolean continuing = plainOpen;
    plainOpen = false;
    if (quote != 0 || flow > 0) {
      continued(continuing);
    } else if (spaces == 0 && marker(from)) {
      innermost = -1;
      directivesAllowed = line[from] == '.';
      topNode = true;
      scan(separation(from + 3));
    } else if (spaces == 0 && line[from] == '%' && directivesAllowed) {
      if (n - from >= 5 && String.valueOf(line, from, 5).equals("%YAML")) {
        spaces(from, n);
      }
    } else {
      directivesAllowed = false;
      blockLine(continuing);
    }
  }

  /** Whether the line is the text of the block scalar open, to be left as it is. */
  private boolean blockScalarText() {
    if (content == n
        || (spaces > blockIndent && (spaces >= textIndent || !textIndentKnown) && !marker(from))) {
      if (blockIndent < 0 && content < n && !shiftKnown) {
        shiftKnown = true; // the engine reads no block scalar text at indentation 0
        shifting = spaces == 0;
        if (shifting && textIndent > 0) {
          throw problem(from, "empty lines before a block scalar's text hold spaces: remove them");
        }
      }
      if (!textIndentKnown) { // YAML ends a block scalar at its first line indented less
        textIndentKnown = content < n; // (before it, the most spaces of an empty line)
        textIndent = content < n ? spaces : Math.max(textIndent, spaces);
      }
      shift = shifting;
      return true;
    }
    blockScalar = false;
    // less indented than its text but deeper than its key: a tab after the indentation there is
    // left to the engine, as a space could make the line the scalar's text again
    return content < n && spaces > blockIndent && content > indentEnd;
  }

  /**
   * A line inside quotes or brackets opened on a line before; {@code continuing} if the line before
   * ended in a plain scalar.
   */
  private void continued(boolean continuing) {
    if (quote != 0 && spaces <= innermost && !closes(quote, content)) {
      throw new InputException(
          BuiltinCode.SYNTAX,
          "malformed YAML: a quoted string is not closed: end it with `"
              + quote
              + "` (or, if it goes on, indent its line "
              + lineNumber
              + " deeper than its key or dash, with spaces)",
          quoteLine,
          quoteColumn + 1);
    }
    // as npm yaml reads it, the bracket closing the outermost may stand at its key's indentation
    boolean closing = quote == 0 && flow == 1 && (line[content] == ']' || line[content] == '}');
    if (spaces < innermost || (spaces == innermost && !closing)) {
      throw problem(
          content,
          "this line continues "
              + (quote != 0 ? "a quoted scalar" : "a list or mapping in brackets")
              + " and must be indented deeper than its key or dash, with spaces");
    }
    if (quote != 0) {
      scan(content);
      return;
    }
    spaces(indentEnd, content);
    if (continuing && plainChar(content)) {
      plainGoesOn(content); // its text to the end of the scalar, then the rest of the line
      scan(plainEnd);
    } else {
      scan(content);
    }
  }

  /** A line of a block collection, or one that goes on with a plain scalar. */
  private void blockLine(boolean continuing) {
    // deeper than its collection: the scalar goes on (a key cannot: the collection is deeper)
    if (continuing && spaces > innermost && !implicitKey(content)) {
      spaces(indentEnd, content);
      plainGoesOn(content);
      return;
    }
    if (content > indentEnd) { // tabs after the indentation: before a scalar or brackets only
      if (blockConstruct(content)) {
        throw tabIndents(indentEnd);
      }
      if (spaces > innermost) {
        spaces(indentEnd, content);
      }
      scan(content);
      return;
    }
    innermost = Math.min(innermost, spaces); // a collection deeper than the line has ended
    int p = indentEnd;
    while (indicator(p)) {
      innermost = p - from;
      p = separation(p + 1);
    }
    if (implicitKey(afterProperties(p))) {
      innermost = p - from;
    }
    topNode = p == from && innermost < 0;
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
      boolean top = topNode;
      topNode &= c == '&' || c == '!' || blank(c);
      if (quote != 0) {
        p = quoted(p);
      } else if (c == ' ' || c == '\t') {
        p = separation(p);
      } else if (c == '#') {
        return;
      } else if (c == '"' || c == '\'') {
        quote = c;
        quoteLine = lineNumber;
        quoteColumn = p;
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
        textIndent = 0;
        textIndentKnown = indentationIndicator(p + 1);
        shiftKnown = !top; // text at indentation 0 is a top-level block scalar's only
        shifting = false;
        return;
      } else if (c == '&' || c == '!' || c == '*') {
        p = pastProperty(p);
      } else if (indicator(p) || (c == ':' && flow > 0)) {
        p++;
      } else {
        p = plain(p);
        plainOpen = skipBlanks(p) == n;
      }
    }
  }

  /** Past a line that goes on with a plain scalar: its quotes, say, are its text. */
  private void plainGoesOn(int p) {
    plainEnd = plain(p);
    plainOpen = skipBlanks(plainEnd) == n;
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
}
