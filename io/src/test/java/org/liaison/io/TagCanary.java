package org.liaison.io;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A class that YAML documents of the conformance corpus name in tags ({@code
 * !!org.liaison.io.TagCanary}): a reader that resolved tags to types would create one. It counts
 * its instances, which must stay at none.
 */
public final class TagCanary {
  private static final AtomicInteger CREATED = new AtomicInteger();

  /** The constructor a YAML constructor would call for a mapping or an empty node. */
  public TagCanary() {
    CREATED.incrementAndGet();
  }

  /** The constructor a YAML constructor would call for a scalar. */
  public TagCanary(String value) {
    CREATED.incrementAndGet();
  }

  /** How many instances were ever created in this JVM. */
  static int created() {
    return CREATED.get();
  }
}
