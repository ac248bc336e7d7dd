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
   * Reads {@code in} into {@code buffer}, grown as needed, until it ends or passes {@code most}.
   */
  public static StreamPrefix read(InputStream in, byte[] buffer, long most) throws IOException {
    byte[] bytes = buffer;
    int n = 0;
    try {
      while (n <= most) {
        bytes = room(bytes, n, most);
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

  /** {@code bytes}, or a copy twice as long (up to {@code most + 1}) if {@code n} fill it. */
  private static byte[] room(byte[] bytes, int n, long most) {
    return n < bytes.length ? bytes : Arrays.copyOf(bytes, (int) Math.min(most + 1, 2L * n));
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
