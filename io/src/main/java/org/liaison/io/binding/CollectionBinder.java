package org.liaison.io.binding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.liaison.io.files.FileResult;
import org.liaison.io.messages.Messages;
import org.liaison.io.shared.SharedValues;
import org.liaison.io.tokens.TokenStream;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;

/** Reads the lists and the mappings of names to strings of the format. */
abstract class CollectionBinder extends ScalarBinder {
  /** The lists of {@link #list}, by nesting level, and the number in use. */
  private List<?>[] scratch = new List<?>[8];

  private int lists;

  CollectionBinder(TokenStream events, String file, FileResult result, SharedValues shared) {
    super(events, file, result, shared);
  }

  /** Forgets the lists in use: an exception may have ended the last file inside one. */
  void resetLists() {
    lists = 0;
  }

  /**
   * Reads a list. The list returned is this binder's own, one per nesting level of lists, and is
   * valid until the next list at the same level: the caller hands it to a builder, which copies it,
   * so a load's many short lists cost no allocation of their own.
   */
  @SuppressWarnings("unchecked")
  <T> List<T> list(Function<Binder, T> element) {
    if (token != TokenStream.START_LIST) {
      return wrongType("a list");
    }
    List<T> list = (List<T>) scratchList();
    try {
      fill(list, element);
    } finally {
      lists--;
    }
    return list;
  }

  /** The next level's list, emptied and taken. */
  private List<?> scratchList() {
    if (lists == scratch.length) {
      scratch = Arrays.copyOf(scratch, lists * 2);
    }
    if (scratch[lists] == null) {
      scratch[lists] = new ArrayList<>();
    }
    List<?> list = scratch[lists++];
    list.clear();
    return list;
  }

  private <T> void fill(List<T> list, Function<Binder, T> element) {
    next();
    for (int i = 0; token != TokenStream.END_LIST; i++) {
      push(i);
      item(list, element);
      pop();
    }
    next();
  }

  private <T> void item(List<T> list, Function<Binder, T> element) {
    if (token == TokenStream.NULL) {
      wrongType("a list item");
      return;
    }
    T t = element.apply(self());
    if (t != null) {
      list.add(t);
    }
  }

  Map<String, String> stringMap() {
    if (token != TokenStream.START_MAP) {
      return wrongType("a mapping of names to strings");
    }
    Map<String, String> map = new LinkedHashMap<>();
    Map<String, Location> seen = new HashMap<>();
    next();
    while (token == TokenStream.KEY) {
      entry(map, seen);
    }
    next();
    return map;
  }

  /** Reads one key of a mapping of names to strings, and its value. */
  private void entry(Map<String, String> map, Map<String, Location> seen) {
    String key = shared.string(events.text());
    Location at = here();
    push(key);
    next();
    Location first = seen.putIfAbsent(key, at);
    if (first != null) {
      duplicateKey(key, at, first);
      skip();
    } else {
      putString(map, key);
    }
    pop();
  }

  /** Puts the string value of {@code key}, if it has a valid one. */
  private void putString(Map<String, String> map, String key) {
    if (token == TokenStream.NULL) {
      skip();
      return;
    }
    String v = string();
    if (v != null) {
      map.put(key, v);
    }
  }

  void duplicateKey(String key, Location at, Location first) {
    problem(
        BuiltinCode.KEY_DUPLICATE
            .problem(
                Messages.quote(key)
                    + " appears twice in this mapping; remove one of them"
                    + (first.line() > 0 ? " (the first is at line " + first.line() + ")" : ""))
            .pointer(pointer())
            .location(at)
            .related(List.of(first))
            .build());
  }
}
