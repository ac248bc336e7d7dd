package org.liaison.io.tokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * The first bytes of a stream, up to a most: all of it when {@link #ended}, else the start of it,
 * the rest still in the stream, or what failed reading it.
 */
public final class StreamPrefix {
  /** The bytes read, in a buffer that may be longer. */
  public final byte[] bytes;

  /** How many of {@link #bytes} were read. */
  public final int length;

  /** Whether the stream ended within the most: {@link #bytes} holds all of it. */
  public final boolean ended;

  /** What the stream threw (a limit), or {@code null}. */
  public final InputException failed;

  private StreamPrefix(byte[] bytes, int length, boolean ended, InputException failed) {
    this.bytes = bytes;
    this.length = length;
    this.ended = ended;
    this.failed = failed;
  }

  /**
   * Reads {@code in} into {@code buffer}, grown as needed, until it ends or passes {@code most}. A
   * stream that ends where the buffer does is kept in it: a buffer of the stream's size, from
   * {@link InputStream#available()}, is read into once and needs no copy.
   */
  public static StreamPrefix read(InputStream in, byte[] buffer, long most) throws IOException {
    byte[] bytes = buffer;
    int n = 0;
    try {
      while (n <= most) {
        if (n == bytes.length) {
          int b = in.read(); // whether the stream ends here, before the buffer is grown
          if (b < 0) {
            return new StreamPrefix(bytes, n, true, null);
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min(most + 1, 2L * n + 1));
          bytes[n++] = (byte) b;
          continue;
        }
        int r = in.read(bytes, n, bytes.length - n);
        if (r < 0) {
          return new StreamPrefix(bytes, n, true, null);
        }
        n += r;
      }
    } catch (InputException e) {
      return new StreamPrefix(bytes, n, false, e);
    }
    return new StreamPrefix(bytes, n, false, null);
  }

  /**
   * The size of a first buffer for {@link #read}: what {@code in} says it holds (the whole of a
   * file or an array), at least {@code 8192} bytes, at most {@code most + 1}. A stream that cannot
   * tell (a pipe, whose channel cannot say its position) gets the least.
   */
  public static int firstBuffer(InputStream in, long most) {
    int available;
    try {
      available = in.available();
    } catch (IOException e) {
      available = 0;
    }
    return (int) Math.min(most + 1, Math.max(8192, available));
  }

  /** The whole stream again: these bytes, then the rest of {@code in} (or its failure). */
  public InputStream andRest(InputStream in) {
    InputStream rest =
        failed != null ? new Failing(failed) : ended ? InputStream.nullInputStream() : in;
    return new SequenceInputStream(new ByteArrayInputStream(bytes, 0, length), rest);
  }

  /** A stream that throws, at its first read, what the stream it stands for threw. */
  private static final class Failing extends InputStream {
    private final InputException failure;

    Failing(InputException failure) {
      this.failure = failure;
    }

    @Override
    public int read() {
      throw failure;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      throw failure;
    }
  }
}
