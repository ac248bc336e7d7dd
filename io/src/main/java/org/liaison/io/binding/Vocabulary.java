package org.liaison.io.binding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaison.model.WireEnum;

/** The wire names of an enum, looked up without a loop. */
public final class Vocabulary<E extends Enum<E>> {
  final String what;
  private final Map<String, E> byName = new HashMap<>();
  private final List<String> names;

  Vocabulary(String what, Class<E> type) {
    this.what = what;
    List<String> wireNames = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String name = ((WireEnum) e).wireName();
      byName.put(name, e);
      wireNames.add(name);
    }
    this.names = List.copyOf(wireNames);
  }

  /** The value whose wire name is {@code name}, if there is one. */
  Optional<E> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  List<String> names() {
    return names;
  }

  String list() {
    return String.join(", ", names);
  }
}
