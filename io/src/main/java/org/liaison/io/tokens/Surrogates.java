package org.liaison.io.tokens;

import org.liaison.model.BuiltinCode;

/**
 * Lone surrogates: one half of a UTF-16 pair without the other. No encoding holds one, but an
 * escape can write one (JSON {@code "\ud800"}, YAML {@code "\uD800"}), and a string holding one is
 * not Unicode text: no writer could keep it. The reader refuses it as a {@code syntax} problem.
 */
public final class Surrogates {
  private Surrogates() {}

  /**
   * Checks that {@code text} holds no lone surrogate.
   *
   * @throws InputException placed at the string, if it does
   */
  static void check(String text, int line, int column) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        check(text.toCharArray(), 0, text.length(), line, column);
        return;
      }
    }
  }

  /**
   * Checks that the characters hold no lone surrogate.
   *
   * @throws InputException placed at the string, if they do
   */
  static void check(char[] text, int offset, int length, int line, int column) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text[i];
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
        i++;
      } else {
        throw lone(c, line, column);
      }
    }
  }

  private static InputException lone(char surrogate, int line, int column) {
    return new InputException(
        BuiltinCode.SYNTAX,
        String.format(
            "the string holds U+%04X,"
                + " half of a UTF-16 surrogate pair without the other half, which is no character:"
                + " write the character itself, or the escapes of both halves",
            (int) surrogate),
        line,
        column);
  }
}
