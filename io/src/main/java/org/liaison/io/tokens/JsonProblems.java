package org.liaison.io.tokens;

import org.liaison.model.BuiltinCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's exceptions as problems: a {@code syntax} problem in words a user reads, or a {@code
 * limit} problem for a limit Jackson enforced, placed with columns in UTF-16 units.
 */
final class JsonProblems {
  private final int maxStringLength;
  private final int maxNumberLength;

  JsonProblems(int maxStringLength, int maxNumberLength) {
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
  }

  /**
   * The problem of {@code e}, placed where Jackson says or else at {@code current}; {@code input}
   * converts byte columns, null for text decoded before Jackson.
   */
  InputException of(JacksonException e, TokenStreamLocation current, JsonInput input) {
    TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : current;
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = column(loc, input);
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return new InputException(BuiltinCode.LIMIT, constraint(message), line, column);
    }
    int cut = message.indexOf('\n');
    return new InputException(
        BuiltinCode.SYNTAX,
        "malformed JSON: " + plain(cut > 0 ? message.substring(0, cut) : message),
        line,
        column);
  }

  private static int column(TokenStreamLocation loc, JsonInput input) {
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    if (loc != null && input != null && column > 0) {
      column = input.column(loc.getByteOffset(), column);
    }
    return column;
  }

  /**
   * Jackson's message in words a user reads: the end of input inside a list or an object said as
   * such, and no location of Jackson's own (the problem has its place), which names a source
   * Jackson was told not to name.
   */
  static String plain(String jackson) {
    if (jackson.startsWith("Unexpected end-of-input: expected close marker for Array")) {
      return "the file ends inside a list: close it with `]`";
    }
    if (jackson.startsWith("Unexpected end-of-input: expected close marker for Object")) {
      return "the file ends inside an object: close it with `}`";
    }
    return jackson
        .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
        .replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
  }

  /** The message of a limit Jackson enforced, told apart by its message: it has no other mark. */
  private String constraint(String jackson) {
    if (jackson.startsWith("Number value length")) {
      return past("a number", maxNumberLength, "digits", "write it shorter", "number");
    } else if (jackson.startsWith("Name length")) {
      return past("a key", maxStringLength, "characters", "shorten it", "string");
    } else if (jackson.startsWith("String value length")) {
      // Jackson checks the buffer of any token this way, a number's too, as it fills it
      return past("a string (or a number)", maxStringLength, "characters", "shorten it", "string");
    }
    return "input past a limit of the JSON parser: " + jackson;
  }

  private static String past(String what, int limit, String units, String fix, String name) {
    return what
        + " of more than "
        + limit
        + " "
        + units
        + ", the limit: "
        + fix
        + ", or raise the "
        + name
        + " length limit";
  }
}
