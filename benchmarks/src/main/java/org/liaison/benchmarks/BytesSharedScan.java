package org.liaison.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The scan of {@link LoadBenchmark#rawBytesSharedScan()}: a JSON document read from its UTF-8 bytes
 * by a loop of a few lines, each string hashed as it is scanned and looked up by its bytes, decoded
 * into a {@code String} only the first time it is met. It assumes well-formed JSON and checks
 * nothing: no UTF-8 validation, no grammar, no limits; numbers and literals are skipped, not read.
 * So it estimates what a JSON reader of Liaison's own that shares strings would cost at least,
 * without being such a reader. It is not a strict lower bound: it keeps a copy of each distinct
 * string's bytes beside the string, where a reader could compare with the string's own.
 */
final class BytesSharedScan {
  /** Strings of up to this many UTF-16 characters are shared, as in Liaison's reader. */
  static final int LENGTH = 64;

  private byte[][] keys = new byte[256][];
  private int[] hashes = new int[256];
  private String[] values = new String[256];

  /** The number of distinct strings kept, members' names apart. */
  int size;

  /** The number of strings looked up, members' names apart. */
  int lookups;

  /** The characters of every string met, names apart, so that no work of the scan is dead. */
  long chars;

  /** Members' names, shared alike but not counted, as Jackson shares them itself. */
  private BytesSharedScan names;

  private BytesSharedScan() {}

  /** Scans {@code json}; the table returned, emptied, holds what it counted. */
  static BytesSharedScan scan(byte[] json) {
    BytesSharedScan shared = new BytesSharedScan();
    shared.names = new BytesSharedScan();
    int p = 0;
    int end = json.length;
    while (p < end) {
      byte b = json[p];
      if (b == '"') {
        p = shared.string(json, p + 1);
      } else if (b == '-' || (b >= '0' && b <= '9') || b == 't' || b == 'f' || b == 'n') {
        while (p < end && json[p] != ',' && json[p] != '}' && json[p] != ']' && json[p] > ' ') {
          p++;
        }
      } else {
        p++; // whitespace, and the structure: { } [ ] , :
      }
    }
    shared.clear();
    shared.names.clear();
    return shared;
  }

  /** Reads the string whose text starts at {@code from}; returns the index past its quote. */
  private int string(byte[] in, int from) {
    int h = 0;
    int units = 0; // UTF-16 characters: one per leading byte, two for a four-byte sequence
    int p = from;
    boolean escaped = false;
    for (byte c = in[p]; c != '"'; c = in[p]) {
      if (c == '\\') {
        escaped = true;
        p += 2;
        continue;
      }
      h = 31 * h + c;
      units += (c & 0xC0) == 0x80 ? 0 : (c & 0xF8) == 0xF0 ? 2 : 1;
      p++;
    }
    int after = p + 1;
    int q = after;
    while (q < in.length && (in[q] == ' ' || in[q] == '\n' || in[q] == '\r' || in[q] == '\t')) {
      q++;
    }
    boolean name = q < in.length && in[q] == ':';
    BytesSharedScan table = name ? names : this;
    String text;
    if (escaped) {
      text = unescape(new String(in, from, p - from, StandardCharsets.UTF_8));
      if (text.length() <= LENGTH) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int hb = 0;
        for (byte c : bytes) {
          hb = 31 * hb + c;
        }
        text = table.get(bytes, 0, bytes.length, hb ^ (hb >>> 16));
      }
    } else if (units <= LENGTH) {
      text = table.get(in, from, p, h ^ (h >>> 16));
    } else {
      text = new String(in, from, p - from, StandardCharsets.UTF_8);
    }
    if (!name) {
      chars += text.length();
    }
    return after;
  }

  private String get(byte[] in, int from, int to, int h) {
    lookups++;
    int mask = keys.length - 1;
    int i = h & mask;
    for (byte[] k = keys[i]; k != null; k = keys[i]) {
      if (hashes[i] == h && Arrays.equals(k, 0, k.length, in, from, to)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    String made = new String(in, from, to - from, StandardCharsets.UTF_8);
    keys[i] = Arrays.copyOfRange(in, from, to);
    hashes[i] = h;
    values[i] = made;
    if (2 * ++size > keys.length) {
      grow();
    }
    return made;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldHashes = hashes;
    String[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    hashes = new int[keys.length];
    values = new String[keys.length];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = free(keys, oldHashes[j]);
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        values[i] = oldValues[j];
      }
    }
    Arrays.fill(oldKeys, null); // garbage, but see TextTable.clear()
    Arrays.fill(oldValues, null);
  }

  /** Empties the table, as {@code TextTable.clear()} empties Liaison's once a load is done. */
  private void clear() {
    Arrays.fill(keys, null);
    Arrays.fill(values, null);
  }

  /**
   * The first empty slot of an open-addressed table of {@code keys} (linear probing, a power of two
   * long) from the home of {@code hash}; this table's and {@code LoadBenchmark}'s grow by it.
   */
  static int free(Object[] keys, int hash) {
    int mask = keys.length - 1;
    int i = hash & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e); // " \ /
      }
    }
    return out.toString();
  }
}
