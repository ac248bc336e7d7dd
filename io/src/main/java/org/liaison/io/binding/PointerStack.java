package org.liaison.io.binding;

import java.util.Arrays;
import org.liaison.io.locating.JsonPointer;

/**
 * The JSON Pointer of the value being read, as a stack of names and indexes, and the depth of the
 * record being read: a pointer is made as text only when a problem or a reference needs it.
 */
final class PointerStack {
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;
  private final StringBuilder text = new StringBuilder(64);

  void clear() {
    depth = 0;
    text.setLength(0);
  }

  int depth() {
    return depth;
  }

  void push(String name) {
    grow();
    names[depth] = name;
    indexes[depth++] = -1;
  }

  void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth++] = index;
  }

  void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** Whether the value is item {@code index} of the top-level list {@code section}. */
  boolean inSection(String section) {
    return depth == 2 && names[1] == null && section.equals(names[0]);
  }

  /** The index of the current value in its top-level list. */
  int sectionIndex() {
    return indexes[1];
  }

  String pointer() {
    return depth == 0 ? "" : pointer(0, depth).toString();
  }

  /** The pointer of the levels {@code [from, to)}, in a buffer reused by the next call. */
  StringBuilder pointer(int from, int to) {
    text.setLength(0);
    for (int i = from; i < to; i++) {
      text.append('/');
      if (names[i] == null) {
        text.append(indexes[i]);
      } else {
        text.append(JsonPointer.escape(names[i]));
      }
    }
    return text;
  }
}
