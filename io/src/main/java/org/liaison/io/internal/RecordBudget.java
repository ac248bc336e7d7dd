package org.liaison.io.internal;

import org.liaison.model.BuiltinCode;

/**
 * The records and bytes a load may still read, all files together; shared by the threads of a
 * load.
 */
final class RecordBudget {
  private final int max;
  private final long maxBytes;
  private final java.util.concurrent.atomic.AtomicInteger used =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicLong bytes =
      new java.util.concurrent.atomic.AtomicLong();

  RecordBudget(int max, long maxBytes) {
    this.max = max;
    this.maxBytes = maxBytes;
  }

  /**
   * Counts a file of {@code size} bytes about to be read. Returns {@code false} when it takes the
   * load past its size limit: the file is not read, nor any after it.
   */
  boolean takeBytes(long size) {
    return bytes.addAndGet(size) <= maxBytes;
  }

  /** The load size limit, in bytes. */
  long maxBytes() {
    return maxBytes;
  }

  /** Counts one more record, starting at {@code line:column}. @throws InputException past the limit */
  void take(int line, int column) {
    if (used.incrementAndGet() > max) {
      throw new InputException(BuiltinCode.LIMIT, "the data holds more than " + max
          + " records: split it into several loads, or raise the records limit", line, column);
    }
  }

  /** Whether a limit has tripped: later files are not read. */
  boolean exhausted() {
    return used.get() > max || bytes.get() > maxBytes;
  }
}
