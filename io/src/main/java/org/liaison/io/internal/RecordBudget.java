package org.liaison.io.internal;

import org.liaison.model.BuiltinCode;

/** The records a load may still read, all files together; shared by the threads of a load. */
final class RecordBudget {
  private final int max;
  private final java.util.concurrent.atomic.AtomicInteger used =
      new java.util.concurrent.atomic.AtomicInteger();

  RecordBudget(int max) {
    this.max = max;
  }

  /** Counts one more record, starting at {@code line:column}. @throws InputException past the limit */
  void take(int line, int column) {
    if (used.incrementAndGet() > max) {
      throw new InputException(BuiltinCode.LIMIT, "the data holds more than " + max
          + " records: split it into several loads, or raise the records limit", line, column);
    }
  }

  /** Whether the limit has tripped: later files are not read. */
  boolean exhausted() {
    return used.get() > max;
  }
}
