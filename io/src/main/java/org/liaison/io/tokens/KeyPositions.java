package org.liaison.io.tokens;

import java.util.Arrays;

/**
 * The open mappings and lists of a YAML document, innermost last, and for each mapping whether its
 * next node is a key: snakeyaml-engine's events say where a collection starts and ends, not which
 * scalar is a key.
 */
final class KeyPositions {
  private boolean[] isMap = new boolean[16];
  private boolean[] expectKey = new boolean[16];
  private int depth;

  /** How many collections are open. */
  int depth() {
    return depth;
  }

  /** Whether the next node is a key of the innermost mapping. */
  boolean atKey() {
    return depth > 0 && isMap[depth - 1] && expectKey[depth - 1];
  }

  /** A key was read: the value is next. */
  void keyDone() {
    expectKey[depth - 1] = false;
  }

  /** A value was read: in a mapping, a key is next. */
  void valueDone() {
    if (depth > 0 && isMap[depth - 1]) {
      expectKey[depth - 1] = true;
    }
  }

  /** A mapping ({@code map}) or a list opens. */
  void open(boolean map) {
    if (depth == isMap.length) {
      isMap = Arrays.copyOf(isMap, depth * 2);
      expectKey = Arrays.copyOf(expectKey, depth * 2);
    }
    isMap[depth] = map;
    expectKey[depth] = map;
    depth++;
  }

  /** The innermost collection closes, a value of the one around it. */
  void close() {
    depth--;
    valueDone();
  }

  /** A new document: nothing is open. */
  void clear() {
    depth = 0;
  }
}
