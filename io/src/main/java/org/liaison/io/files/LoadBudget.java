package org.liaison.io.files;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.liaison.io.tokens.InputException;
import org.liaison.model.BuiltinCode;

/**
 * The records and bytes a load may still read, all files together; shared by the threads of a load.
 */
public final class LoadBudget {
  private final int maxRecords;
  private final long maxBytes;
  private final AtomicInteger records = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private volatile boolean bytesTripped;

  LoadBudget(int maxRecords, long maxBytes) {
    this.maxRecords = maxRecords;
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
   * Charges {@code n} bytes read to the load. Returns {@code false} when they take it past the load
   * size limit, which has then tripped.
   */
  boolean takeBytes(long n) {
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

  /**
   * Counts one more record, starting at {@code line:column}.
   *
   * @throws InputException past the records limit
   */
  public void takeRecord(int line, int column) {
    if (records.incrementAndGet() > maxRecords) {
      throw new InputException(
          BuiltinCode.LIMIT,
          "the data holds more than "
              + maxRecords
              + " records: split it into several loads, or raise the records limit",
          line,
          column);
    }
  }

  /** Whether a limit has tripped: later files are not read. */
  boolean exhausted() {
    return records.get() > maxRecords || bytesTripped;
  }
}
