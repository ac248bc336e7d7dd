package org.liaison.io.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import org.liaison.model.BuiltinCode;

/**
 * JSON text in UTF-16 or UTF-32, decoded for Jackson; bytes that are not text end the file with a
 * problem at their line and column.
 */
final class DecodedText extends Reader {
  private final Reader in;
  private final Charset charset;
  private int line = 1;
  private int column = 1;
  private boolean afterCr;

  DecodedText(InputStream bytes, Charset charset) {
    this.in =
        new InputStreamReader(
            bytes,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    this.charset = charset;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = in.read(buffer, offset, length);
    } catch (CharacterCodingException e) {
      throw new InputException(
          BuiltinCode.SYNTAX,
          "the file is not valid "
              + charset.name()
              + ": the bytes here do not form a character; save the file as UTF-8",
          line,
          column);
    }
    count(buffer, offset, n);
    return n;
  }

  /** Follows the line and column over the characters handed out. */
  private void count(char[] buffer, int offset, int n) {
    for (int i = 0; i < n; i++) {
      char c = buffer[offset + i];
      if (c == '\n' && afterCr) {
        afterCr = false;
      } else if (c == '\n' || c == '\r') {
        line++;
        column = 1;
        afterCr = c == '\r';
      } else {
        column++;
        afterCr = false;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
