package org.liaison.benchmarks;

import java.util.Arrays;

/**
 * The table of {@link LoadBenchmark#rawJsonSharedScan()}: open addressing, linear probing, at most
 * half full, keyed by {@code String.hashCode}'s function over the characters, as Liaison's reader
 * keys its own; a lookup of text met before makes nothing.
 */
final class SharedStrings {
  static final int LENGTH = 64;
  private String[] keys = new String[256];
  private int[] hashes = new int[256];

  /** The number of distinct strings kept. */
  int size;

  /** The number of strings looked up. */
  int lookups;

  /** The characters of every string met, so that no work of the scan is dead. */
  long chars;

  /** The characters of every member's name met. */
  long names;

  String get(char[] buffer, int offset, int length) {
    lookups++;
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + buffer[i];
    }
    h ^= h >>> 16;
    int mask = keys.length - 1;
    int i = h & mask;
    for (String k = keys[i]; k != null; k = keys[i]) {
      if (hashes[i] == h && k.length() == length && same(k, buffer, offset)) {
        return k;
      }
      i = (i + 1) & mask;
    }
    String made = new String(buffer, offset, length);
    keys[i] = made;
    hashes[i] = h;
    if (2 * ++size > keys.length) {
      grow();
    }
    return made;
  }

  private static boolean same(String k, char[] buffer, int offset) {
    for (int j = 0; j < k.length(); j++) {
      if (k.charAt(j) != buffer[offset + j]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    keys = new String[oldKeys.length * 2];
    hashes = new int[keys.length];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = BytesSharedScan.free(keys, oldHashes[j]);
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
      }
    }
    Arrays.fill(oldKeys, null); // garbage, but see TextTable.clear()
  }

  /** Empties the table, as {@code TextTable.clear()} empties Liaison's once a load is done. */
  void clear() {
    Arrays.fill(keys, null);
  }
}
