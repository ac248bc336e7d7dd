package org.liaison.io.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.liaison.io.tokens.InputException;
import org.liaison.model.BuiltinCode;

/**
 * A stream that stops at the file size limit, and charges what it reads to the load size limit: a
 * stream (or a pipe, or a file that grows) has no size to check before reading, and one that never
 * ends must still end the read with a {@code limit} problem. Counts the bytes taken from the
 * source; marks are left to a buffer in front of it. Closing it leaves the source open: whoever
 * opened the source closes it.
 */
public final class BoundedInput extends FilterInputStream {
  private final long max;
  private final LoadBudget budget;
  private long count;

  BoundedInput(InputStream in, long max, LoadBudget budget) {
    super(in);
    this.max = max;
    this.budget = budget;
  }

  @Override
  public void close() {
    // the source belongs to the caller (DatasetReader.read(InputStream) promises not to close it)
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  /**
   * Hands out up to the limit; past it, asks the source for one more byte, and trips if there is
   * one: what came before the limit is read as usual, and a stream of exactly the limit passes.
   */
  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    long left = max - count;
    int n = super.read(b, off, (int) Math.min(len, left > 0 ? left : 1));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, Math.max(1, max - count)));
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) {
    count += n;
    if (count > max) {
      throw new InputException(
          BuiltinCode.LIMIT,
          "the input has more than "
              + max
              + " bytes, the file size limit: split it into smaller files, or raise the file size"
              + " limit",
          0,
          0);
    }
    if (!budget.takeBytes(n)) {
      throw loadTooLarge();
    }
  }

  private InputException loadTooLarge() {
    return new InputException(
        BuiltinCode.LIMIT,
        "the files of this load hold more than "
            + budget.maxBytes()
            + " bytes, the load size limit, within this one: it and the files"
            + " after it are not read further; read fewer files at once, or raise the load size"
            + " limit (and the heap with it)",
        0,
        0);
  }
}
