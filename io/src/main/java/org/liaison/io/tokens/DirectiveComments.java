package org.liaison.io.tokens;

import org.liaison.io.Directive;

/**
 * Follows the characters of a YAML file, line by line, for comments addressed to Liaison: a {@code
 * #} at the start of a line or after a space or tab, then {@code liaison-}; their text to the end
 * of the line goes to the sink. The characters are looked at as they pass, not as the parser reads
 * them, so such text inside a quoted or block scalar is kept too; {@link YamlTokens} drops it when
 * the parser hands out that scalar.
 */
final class DirectiveComments {
  private static final int OFF = 0;
  private static final int SPACES = 1;
  private static final int PREFIX = 2;
  private static final int TEXT = 3;

  private final Directives sink;
  private final StringBuilder comment = new StringBuilder();
  private int scan;
  private int commentLine;
  private int commentColumn;

  DirectiveComments(Directives sink) {
    this.sink = sink;
  }

  /**
   * Whether {@code c} is to be passed to {@link #next}: inside a comment, or one that may start.
   */
  boolean wants(char c) {
    return scan != OFF || c == '#';
  }

  /**
   * Follows one more character, at {@code line} and {@code column} (1-based, in UTF-16 units),
   * after {@code previous}.
   */
  void next(char c, char previous, int line, int column) {
    if (c == '\n' || c == '\r') {
      finish();
    } else if (scan == OFF) {
      start(previous, line, column);
    } else if (scan == TEXT) {
      if (comment.length() < Directives.MAX_TEXT) {
        comment.append(c);
      }
    } else if (scan == PREFIX || (c != ' ' && c != '\t')) { // blanks after # are skipped
      scan = PREFIX;
      prefix(c);
    }
  }

  /** A {@code #} at {@code line} and {@code column}: a comment if at the start or after a blank. */
  private void start(char previous, int line, int column) {
    if (column == 1 || previous == ' ' || previous == '\t') {
      scan = SPACES;
      commentLine = line;
      commentColumn = column;
      comment.setLength(0);
    }
  }

  private void prefix(char c) {
    if (c != Directive.PREFIX.charAt(comment.length())) {
      scan = OFF;
      return;
    }
    comment.append(c);
    if (comment.length() == Directive.PREFIX.length()) {
      scan = TEXT;
    }
  }

  /** Ends the line: a comment addressed to Liaison goes to the sink. */
  void finish() {
    if (scan == TEXT) {
      sink.comment(commentLine, commentColumn, comment.toString());
    }
    scan = OFF;
  }
}
