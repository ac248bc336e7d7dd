package org.liaison.io.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import org.liaison.model.BuiltinCode;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The characters of a YAML file, as SnakeYAML's {@link StreamReader} reads them: decoded in the
 * encoding YAML 1.2 (5.2) detects from the first bytes, and checked on the way, so that a problem
 * is placed at its line and column and trips before the scanner buffers anything. A line longer
 * than {@link #maxLine(int)}, a character YAML forbids and bytes that are not text in the file's
 * encoding each end the file with an {@link InputException}.
 *
 * <p>The check runs ahead of the scanner by at most one buffer: the characters before the offending
 * one are handed out first, and the exception is thrown when the scanner asks for the offending
 * character itself, so everything before it is read as usual.
 */
public final class YamlInput extends Reader {
  /** Characters a YAML line may hold beyond the string length limit: indentation, key, quotes. */
  static final int LINE_ROOM = 1_000;

  private final int maxLine;
  private final YamlDecoder decoder;
  private final CharBuffer chars; // the decoder's
  private InputException pending;
  private int line = 1;
  private int column; // characters of the current line handed out so far
  private boolean afterCr;
  private boolean lowSurrogateDue;
  // the characters of two UTF-16 units read and not yet asked about
  private final AstralColumns astral = new AstralColumns();
  private int astralInLine;
  private DirectiveComments comments; // null unless asked for
  private char previous;

  /** The longest line a file may hold under the given string length limit. */
  static int maxLine(int maxStringLength) {
    return (int) Math.min(Integer.MAX_VALUE, (long) maxStringLength + LINE_ROOM);
  }

  public YamlInput(InputStream in, int maxStringLength) throws IOException {
    this.maxLine = maxLine(maxStringLength);
    this.decoder = new YamlDecoder(in);
    this.chars = decoder.chars();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (pending != null) {
      throw pending;
    }
    int n = fill(buffer, offset, length);
    if (n == 0 && pending != null) {
      throw pending;
    }
    return n == 0 ? -1 : n;
  }

  /** Copies up to {@code length} checked characters; stops early where a check trips. */
  private int fill(char[] buffer, int offset, int length) throws IOException {
    int n = 0;
    while (n < length && pending == null) {
      if (!chars.hasRemaining() && !more()) {
        break;
      }
      int copied = copy(buffer, offset + n, length - n, n);
      n += copied;
      if (copied == 0 && pending == null && chars.hasRemaining()) {
        break; // a high surrogate held back for the next read
      }
    }
    return n;
  }

  /**
   * Decodes more characters; false at the end of the input, and at bytes that are not text, with
   * {@code pending} set.
   */
  private boolean more() throws IOException {
    if (decoder.malformed()) {
      pending = notText();
      return false;
    }
    if (decoder.decoded()) {
      if (comments != null) {
        comments.finish();
      }
      return false;
    }
    decoder.fill();
    return chars.hasRemaining() || decoder.malformed();
  }

  /** Hands out checked characters; stops before one that trips a check, setting {@code pending}. */
  private int copy(char[] buffer, int offset, int length, int before) {
    char[] a = chars.array();
    int p = chars.position();
    int end = Math.min(chars.limit(), p + length);
    int n = 0;
    for (; p < end; p++) {
      char c = a[p];
      if (p == end - 1 && Character.isHighSurrogate(c) && !lowSurrogateDue && n + before > 0) {
        break; // snakeyaml-engine 3.0.1 fails on a read that ends in a high surrogate
      }
      if (lowSurrogateDue) {
        lowSurrogateDue = false;
      } else if (c >= 0x20 && c < 0x7F) {
        afterCr = false;
        if (++column > maxLine) {
          pending = tooLong();
          break;
        }
      } else if (!character(c, p + 1 < chars.limit() ? a[p + 1] : 0)) {
        break;
      }
      buffer[offset + n++] = c;
      if (comments != null && comments.wants(c)) {
        comments.next(c, previous, line, column + astralInLine);
      }
      previous = c;
    }
    chars.position(p);
    return n;
  }

  /** Hands the comments addressed to Liaison to {@code sink} from here on. */
  void directives(Directives sink) {
    this.comments = new DirectiveComments(sink);
  }

  /** Counts a character other than printable ASCII; false (and {@code pending} set) if refused. */
  private boolean character(char c, char next) {
    if (!printable(c, next)) {
      return false;
    }
    if (c == '\n' || c == '\r') { // YAML 1.2: NEL, LS and PS are characters of the line
      line += c == '\n' && afterCr ? 0 : 1;
      column = 0;
      astralInLine = 0;
    } else if (++column > maxLine) { // a U+FEFF counts too: a line of them is a line
      lowSurrogateDue = false;
      pending = tooLong();
      return false;
    } else if (lowSurrogateDue) {
      astral.add(line, column);
      astralInLine++;
    }
    afterCr = c == '\r';
    return true;
  }

  /**
   * Whether YAML allows {@code c} (with {@code next}, its low surrogate); sets {@code pending} if
   * not.
   */
  private boolean printable(char c, char next) {
    int codePoint = c;
    if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
      codePoint = Character.toCodePoint(c, next);
      lowSurrogateDue = true;
    }
    if (!StreamReader.isPrintable(codePoint)) {
      lowSurrogateDue = false;
      pending = forbidden(codePoint);
      return false;
    }
    return true;
  }

  /**
   * The column in UTF-16 units of the character at {@code line} and {@code codePointColumn} (both
   * 1-based; the parser counts code points), asked about in the order the parser reads.
   */
  int units(int line, int codePointColumn) {
    return astral.units(line, codePointColumn);
  }

  private InputException tooLong() {
    return new InputException(
        BuiltinCode.LIMIT,
        "this line is longer than "
            + maxLine
            + " characters, the most a YAML line may hold (the string length limit and "
            + LINE_ROOM
            + " more): break the line, writing a long text as a block scalar (`|` or"
            + " `>`), or raise the string length limit",
        line,
        maxLine + 1);
  }

  private InputException forbidden(int codePoint) {
    String escape =
        codePoint > 0xFFFF
            ? String.format("\\U%08X", codePoint)
            : String.format("\\u%04X", codePoint);
    String hint =
        codePoint == 0 && line == 1
            ? ": if the file is UTF-16 or UTF-32, save it as UTF-8 (or with a byte order mark)"
            : ": remove it, or write it as the escape " + escape + " inside double quotes";
    return new InputException(
        BuiltinCode.SYNTAX,
        String.format("the character U+%04X is not" + " allowed in YAML", codePoint) + hint,
        line,
        units(line, column + 1));
  }

  private InputException notText() {
    String what =
        decoder.charset() == StandardCharsets.UTF_8
            ? "the file is not valid UTF-8"
                + String.format(
                    ": the byte 0x%02X here does not start a valid" + " character",
                    decoder.badByte())
            : "the file is not valid "
                + decoder.charset().name()
                + ": the bytes here do not form a character";
    return new InputException(
        BuiltinCode.SYNTAX, what + "; save the file as UTF-8", line, units(line, column + 1));
  }

  @Override
  public void close() {
    // the stream is closed by whoever opened it
  }
}
