package org.liaison.io.tokens;

import java.util.Arrays;

/**
 * Where the characters of two UTF-16 units are, line and code point column, so that a column in
 * code points (the parser's) can be told in UTF-16 units (every location's). A file without such
 * characters keeps nothing.
 */
final class AstralColumns {
  private int[] lines = new int[16];
  private int[] columns = new int[16];
  private int count;

  /** Notes a character of two UTF-16 units at {@code line} and code point {@code column}. */
  void add(int line, int column) {
    if (count == lines.length) {
      lines = Arrays.copyOf(lines, count * 2);
      columns = Arrays.copyOf(columns, count * 2);
    }
    lines[count] = line;
    columns[count] = column;
    count++;
  }

  /**
   * The column in UTF-16 units of the character at {@code line} and {@code codePointColumn} (both
   * 1-based). Lines before {@code line} are forgotten: the parser asks about places in the order it
   * reads them.
   */
  int units(int line, int codePointColumn) {
    forgetBefore(line);
    int extra = 0;
    for (int i = 0; i < count && lines[i] == line; i++) {
      if (columns[i] < codePointColumn) {
        extra++;
      }
    }
    return codePointColumn + extra;
  }

  private void forgetBefore(int line) {
    int drop = 0;
    while (drop < count && lines[drop] < line) {
      drop++;
    }
    if (drop > 0) {
      System.arraycopy(lines, drop, lines, 0, count - drop);
      System.arraycopy(columns, drop, columns, 0, count - drop);
      count -= drop;
    }
  }
}
