package org.liaison.io.shared;

import java.util.Arrays;

/**
 * A hash table from text to a value, looked up by a parser's own character buffer, so that a value
 * met before is found without making a {@code String} of it: a load meets the same ids, names and
 * dates many times. Open addressing, linear probing, at most half full; not thread-safe.
 *
 * @param <V> the value kept for each text
 */
public final class TextTable<V> {
  private String[] keys = new String[256];
  private int[] hashes = new int[256];
  private Object[] values = new Object[256];
  private int size;

  /** The value kept for {@code text}, or {@code null}. */
  public V get(String text) {
    int h = hash(text);
    int mask = keys.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && equal(k, text)) {
        return value(i);
      }
    }
  }

  /** The value kept for the text {@code buffer[offset, offset + length)}, or {@code null}. */
  public V get(char[] buffer, int offset, int length) {
    int h = hash(buffer, offset, length);
    int mask = keys.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && equal(k, buffer, offset, length)) {
        return value(i);
      }
    }
  }

  /** Keeps {@code value} for {@code text}, which must not be in the table yet. */
  public void put(String text, V value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(text, hash(text), value);
    size++;
  }

  /**
   * Empties the table, its arrays included, once the load that filled it is done. A large table may
   * live in the old generation, and the values it holds must not outlive the load there.
   */
  void clear() {
    Arrays.fill(keys, null);
    Arrays.fill(values, null);
    size = 0;
  }

  @SuppressWarnings("unchecked")
  private V value(int i) {
    return (V) values[i];
  }

  private void insert(String key, int h, Object value) {
    int mask = keys.length - 1;
    int i = h & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = h;
    values[i] = value;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[keys.length];
    values = new Object[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
    Arrays.fill(oldKeys, null); // garbage now, but see clear()
    Arrays.fill(oldValues, null);
  }

  // Keys are the strings themselves, not copies of their characters: no allocation per value
  // met for the first time beyond the value itself.
  static boolean equal(String key, char[] buffer, int offset, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != buffer[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean equal(String key, String text) {
    return key.equals(text);
  }

  // The same function over a String and over a buffer, String.hashCode's, which a string keeps
  // once computed; spread, as the table uses the low bits. SharedIds hashes and compares alike.
  static int hash(String s) {
    int h = s.hashCode();
    return h ^ (h >>> 16);
  }

  static int hash(char[] buffer, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + buffer[i];
    }
    return h ^ (h >>> 16);
  }
}
