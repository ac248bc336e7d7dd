package org.liaison.io.tokens;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The characters of a YAML file as {@link YamlTokens} hands them to snakeyaml-engine, one line
 * ahead, each line put right by {@link YamlLineFixes} in the same columns; a problem it finds is
 * thrown when the engine reaches its place, after the characters before it.
 */
final class YamlLines extends Reader {
  private final Reader in;
  private final char[] buffer = new char[8192];
  private int bufferAt;
  private int buffered;
  private IOException failed; // thrown by the input, after the characters before it are out
  private RuntimeException failedUnchecked;

  private char[] line = new char[256];
  private int length; // of the line, its break included
  private int n; // of the line, its break not included
  private int served;
  private int stopAt = -1; // a problem found here: the line is handed out up to it
  private InputException problem;
  private int lineNumber;

  private final YamlLineFixes fixes = new YamlLineFixes();
  private int[] shifted = new int[0]; // the lines handed out a column to the right, in order
  private int shiftedCount;

  YamlLines(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] out, int offset, int count) throws IOException {
    int done = 0;
    while (done < count) {
      if (served == (stopAt >= 0 ? stopAt : length)) {
        if (problem != null || (done > 0 && inputFailed()) || !nextLine()) {
          break;
        }
        continue;
      }
      int k = Math.min(count - done, (stopAt >= 0 ? stopAt : length) - served);
      System.arraycopy(line, served, out, offset + done, k);
      served += k;
      done += k;
    }
    if (done > 1 && Character.isHighSurrogate(out[offset + done - 1])) {
      done--; // snakeyaml-engine 3.0.1 fails on a read that ends in a high surrogate
      served--;
    }
    if (done == 0 && problem != null) {
      throw problem;
    }
    return done == 0 ? -1 : done;
  }

  /** Reads the next line and puts it right; false at the end of the input. */
  private boolean nextLine() throws IOException {
    throwIfFailed();
    length = 0;
    served = 0;
    n = -1;
    while (n < 0 && peek() >= 0) {
      int i = bufferAt;
      while (i < buffered && buffer[i] != '\n' && buffer[i] != '\r') {
        i++;
      }
      int k = i < buffered ? i + 1 - bufferAt : i - bufferAt; // the break too, if there is one
      if (length + k + 1 > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + k + 1));
      }
      System.arraycopy(buffer, bufferAt, line, length, k);
      length += k;
      bufferAt += k;
      if (i < buffered) {
        n = length - 1;
        if (buffer[i] == '\r' && peek() == '\n') {
          line[length++] = (char) nextChar();
        }
      }
    }
    if (length == 0) {
      throwIfFailed();
      return false;
    }
    if (n < 0) {
      n = length;
    }
    lineNumber++;
    try {
      fixes.put(line, n, lineNumber);
      if (fixes.shift()) {
        shiftRight();
      }
    } catch (InputException e) {
      problem = e;
      stopAt = Math.min(e.column - 1, length);
    }
    return true;
  }

  /** Hands the line out a column to the right, noting it for {@link #column}. */
  private void shiftRight() {
    if (length == line.length) {
      line = Arrays.copyOf(line, length * 2);
    }
    System.arraycopy(line, 0, line, 1, length++);
    line[0] = ' ';
    if (shiftedCount == shifted.length) {
      shifted = Arrays.copyOf(shifted, Math.max(16, shiftedCount * 2));
    }
    shifted[shiftedCount++] = lineNumber;
  }

  /** The column in the file of a column (1-based) the engine reads on {@code lineNumber}. */
  int column(int lineNumber, int column) {
    boolean right = Arrays.binarySearch(shifted, 0, shiftedCount, lineNumber) >= 0;
    return right && column > 1 ? column - 1 : column;
  }

  /** Whether the input threw, and every character before is in a line read. */
  private boolean inputFailed() {
    return (failed != null || failedUnchecked != null) && bufferAt == buffered;
  }

  private void throwIfFailed() throws IOException {
    if (inputFailed()) {
      if (failed != null) {
        throw failed;
      }
      throw failedUnchecked;
    }
  }

  private int nextChar() throws IOException {
    int c = peek();
    if (c >= 0) {
      bufferAt++;
    }
    return c;
  }

  private int peek() throws IOException {
    if (bufferAt == buffered && failed == null && failedUnchecked == null) {
      bufferAt = 0;
      buffered = 0;
      try {
        buffered = Math.max(0, in.read(buffer, 0, buffer.length));
      } catch (IOException e) {
        failed = e;
      } catch (RuntimeException e) {
        failedUnchecked = e;
      }
    }
    return bufferAt < buffered ? buffer[bufferAt] : -1;
  }

  @Override
  public void close() {
    // the input is closed by whoever opened it
  }
}
