package org.liaison.io.files;

import org.liaison.io.tokens.InputException;
import org.liaison.model.BuiltinCode;

/**
 * The records and bytes a load may still read, all files together; shared by the threads of a
 * load.
 */
public final class LoadBudget {
  private final int max;
  private final long maxBytes;
  private final java.util.concurrent.atomic.AtomicInteger used =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicLong bytes =
      new java.util.concurrent.atomic.AtomicLong();
  private volatile boolean bytesTripped;

  LoadBudget(int max, long maxBytes) {
    this.max = max;
    this.maxBytes = maxBytes;
  }

  /**
   * Whether a file of {@code size} bytes, as its file system reports, still fits in the load. If
   * not, the limit has tripped: the file is not read, nor any after it.
   */
  boolean fits(long size) {
    if (bytes.get() + size > maxBytes) {
      bytesTripped = true;
      return false;
    }
    return true;
  }

  /**
   * Charges {@code n} bytes read to the load. Returns {@code false} when they take it past the
   * load size limit, which has then tripped.
   */
  boolean readBytes(long n) {
    if (bytes.addAndGet(n) > maxBytes) {
      bytesTripped = true;
      return false;
    }
    return true;
  }

  /** The load size limit, in bytes. */
  long maxBytes() {
    return maxBytes;
  }

  /** Counts one more record, starting at {@code line:column}. @throws InputException past the limit */
  public void take(int line, int column) {
    if (used.incrementAndGet() > max) {
      throw new InputException(BuiltinCode.LIMIT, "the data holds more than " + max
          + " records: split it into several loads, or raise the records limit", line, column);
    }
  }

  /** Whether a limit has tripped: later files are not read. */
  boolean exhausted() {
    return used.get() > max || bytesTripped;
  }
}
