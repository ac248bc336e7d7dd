package org.liaison.io.tokens;

import org.liaison.io.messages.Messages;

/**
 * The token stream the reader runs on, the same for YAML and JSON: mappings, lists, keys and
 * scalars, each with the 1-based line and column of its first character. Implementations throw
 * {@link InputException} for malformed input and for input past a limit.
 */
public interface TokenStream extends AutoCloseable {
  int START_MAP = 1;
  int END_MAP = 2;
  int START_LIST = 3;
  int END_LIST = 4;
  int KEY = 5;
  int SCALAR = 6;
  int NULL = 7;
  int DOC_END = 8;

  /**
   * Moves to the root of the next document. Returns {@code false} when the input holds no more
   * documents.
   */
  boolean nextDocument();

  /** The current token. */
  int current();

  /**
   * Moves to the next token of the current document and returns it; {@link #DOC_END} at its end.
   */
  int next();

  /** The text of the current key or scalar. */
  String text();

  /**
   * The characters of the current scalar in the parser's own buffer, valid until the next call of
   * {@link #next()}, or {@code null} when the parser only hands out strings. With {@link
   * #textOffset()} and {@link #textLength()}, lets a value met before be found without a copy.
   */
  default char[] textBuffer() {
    return null;
  }

  /** Where the current scalar starts in {@link #textBuffer()}. */
  default int textOffset() {
    return 0;
  }

  /** The length of the current scalar in {@link #textBuffer()}. */
  default int textLength() {
    return 0;
  }

  /** Whether the current scalar is a string as written (quoted in YAML, a string in JSON). */
  boolean quoted();

  /** The 1-based line of the current token. */
  int line();

  /** The 1-based column of the current token. */
  int column();

  /** The line and column of the current token in one value: the line in the high 32 bits. */
  default long position() {
    return ((long) line() << 32) | (column() & 0xFFFFFFFFL);
  }

  /**
   * Hands the comments addressed to Liaison to {@code sink} as they are read, from here on; a
   * format without comments ignores it.
   */
  default void directives(Directives sink) {}

  @Override
  void close();

  /** Names a token for messages ("a list", "a mapping"). */
  static String describe(int token, String text, boolean quoted) {
    switch (token) {
      case START_MAP:
        return "a mapping";
      case START_LIST:
        return "a list";
      case NULL:
        return "nothing (null)";
      case SCALAR:
        return (quoted ? "the string " : "the value ") + Messages.quote(text);
      default:
        return "the end of the enclosing block";
    }
  }
}
