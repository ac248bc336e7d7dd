package org.liaison.io.tokens;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.liaison.model.BuiltinCode;

/**
 * The UTF-8 bytes of a JSON file on their way to Jackson: refuses what is not UTF-8 (an overlong
 * form such as {@code C0 AF} for {@code /}, a surrogate, a stray continuation byte) and NUL bytes,
 * which JSON text never holds, each placed at its line and column; and turns Jackson's columns,
 * which count bytes, into UTF-16 code units, the column unit of every location. The bytes before a
 * refused one are handed out first; the refusal is thrown at the next read.
 *
 * <p>Columns: for each character of more than one byte, where it is and how many bytes more than
 * UTF-16 units it takes is kept until Jackson's tokens have passed it; an ASCII file keeps nothing.
 * Jackson reads ahead no more than its buffer, so little is kept.
 */
public final class JsonInput extends FilterInputStream {
  private long offset; // bytes handed out so far
  private int line = 1;
  private int units; // UTF-16 units of the current line handed out so far
  private boolean afterCr;
  private int need; // continuation bytes still due for the character being read
  private int codePoint;
  private int length; // bytes of the character being read
  private long start; // where it starts
  private InputException pending;
  // what each multi-byte character or line break costs, in the order met: offset, extra bytes
  // (-1 for a line break)
  private long[] at = new long[64];
  private int[] extra = new int[64];
  private int head;
  private int tail;
  private int passed; // extra bytes of the current line before the last offset asked about

  JsonInput(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    int n = super.read(b, off, len);
    if (n < 0) {
      if (need > 0) {
        throw notUtf8(b, off);
      }
      return n;
    }
    return acceptAll(b, off, n);
  }

  /** How many of the {@code n} bytes read are handed out: all, or those before a refused one. */
  private int acceptAll(byte[] b, int off, int n) {
    for (int i = 0; i < n; i++) {
      if (!accept(b[off + i])) {
        pending = notUtf8(b, off + i);
        if (i == 0) {
          throw pending;
        }
        return i;
      }
    }
    return n;
  }

  private boolean accept(byte x) {
    int c = x & 0xFF;
    long here = offset++;
    if (need > 0) {
      return continuation(c);
    } else if (c >= 0x80) {
      return leadByte(c, here);
    } else if (c == '\n' || c == '\r' || c == 0) {
      return breakOrNul(c, here);
    }
    units++;
    afterCr = false;
    return true;
  }

  /** A line break (CR LF counts once), or a NUL byte, refused. */
  private boolean breakOrNul(int c, long here) {
    if (c == 0) {
      return false;
    }
    if (c == '\r' || !afterCr) {
      lineBreak(here);
    }
    afterCr = c == '\r';
    return true;
  }

  /** A byte after the first of a character; false if the bytes are not UTF-8. */
  private boolean continuation(int c) {
    if ((c & 0xC0) != 0x80) {
      return false;
    }
    codePoint = (codePoint << 6) | (c & 0x3F);
    if (--need == 0) {
      return character();
    }
    return need != length - 2 || secondByteOk();
  }

  /** The first byte of a character of more than one byte; false if no character starts so. */
  private boolean leadByte(int c, long here) {
    afterCr = false;
    start = here;
    if (c < 0xC2 || c >= 0xF5) {
      return false; // C0, C1 (overlong), a continuation byte, F5 and up
    }
    length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    codePoint = c & (0x7F >> length); // the bits of the first byte that are the code point's
    need = length - 1;
    return true;
  }

  /** Refuses overlong forms, surrogates and code points past U+10FFFF at their second byte. */
  private boolean secondByteOk() {
    if (length == 3) {
      int cp = codePoint << 6; // the first 10 bits known
      return cp >= 0x800 && !(cp >= 0xD800 && cp <= 0xDFFF);
    }
    int cp = codePoint << 12; // length 4: the first 9 bits known
    return cp >= 0x10000 && cp <= 0x10FFFF;
  }

  private boolean character() {
    if ((length == 3 && (codePoint < 0x800 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)))
        || (length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF))) {
      return false;
    }
    int u = length == 4 ? 2 : 1;
    units += u;
    keep(start, length - u);
    return true;
  }

  private void lineBreak(long here) {
    line++;
    units = 0;
    if (head != tail || passed != 0) {
      keep(here, -1); // only where a multi-byte character counts before it
    }
  }

  private void keep(long where, int bytes) {
    if (tail == at.length) {
      if (head > 0) {
        System.arraycopy(at, head, at, 0, tail - head);
        System.arraycopy(extra, head, extra, 0, tail - head);
        tail -= head;
        head = 0;
      }
      if (tail == at.length) {
        at = Arrays.copyOf(at, tail * 2);
        extra = Arrays.copyOf(extra, tail * 2);
      }
    }
    at[tail] = where;
    extra[tail] = bytes;
    tail++;
  }

  /**
   * The column in UTF-16 units of the byte at {@code byteOffset}, whose column in bytes is {@code
   * byteColumn}. The offsets asked about must not go back.
   */
  int column(long byteOffset, int byteColumn) {
    while (head != tail && at[head] < byteOffset) {
      passed = extra[head] < 0 ? 0 : passed + extra[head];
      head++;
    }
    if (head == tail) {
      head = 0;
      tail = 0;
    }
    return byteColumn - passed;
  }

  /**
   * Whether {@code byteOffset} is on a line whose multi-byte characters are all passed: then {@link
   * #column} needs no more than what it kept. Always true of an ASCII file.
   */
  boolean plain() {
    return head == tail && passed == 0;
  }

  private InputException nul() {
    return new InputException(
        BuiltinCode.SYNTAX,
        "the file holds a zero byte (NUL) here,"
            + " which JSON text never does: if the file is UTF-16 or UTF-32, save it as UTF-8; else"
            + " remove it",
        line,
        units + 1);
  }

  private InputException notUtf8(byte[] b, int i) {
    int bad = i < b.length ? b[i] & 0xFF : -1;
    if (bad == 0 && need == 0) {
      return nul();
    }
    String what =
        need > 0 || bad < 0
            ? "a character is cut short here"
            : String.format("the byte 0x%02X here does not start a" + " valid character", bad);
    return new InputException(
        BuiltinCode.SYNTAX,
        "the file is not valid UTF-8: "
            + what
            + " (an overlong form, a surrogate or a stray byte); save the file as UTF-8",
        line,
        units + 1);
  }
}
