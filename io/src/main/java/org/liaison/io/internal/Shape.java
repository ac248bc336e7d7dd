package org.liaison.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one kind of mapping of the format is read: its fields, which are required, and how each
 * value reaches the builder. Field readers return {@code false} when the value was invalid (its
 * problem already reported).
 *
 * @param <B> the builder the fields go to
 * @param <T> the value built
 */
final class Shape<B, T> {

  /** Reads one field's value into a builder. */
  interface FieldReader<B> {
    boolean read(Binder binder, B builder);
  }

  final String what;
  final Supplier<B> factory;
  final Function<B, T> build;
  final List<String> names = new ArrayList<>();
  final Map<String, Integer> index = new HashMap<>();
  final List<FieldReader<B>> readers = new ArrayList<>();
  long requiredMask;
  List<String> oneOf = List.of();

  Shape(String what, Supplier<B> factory, Function<B, T> build) {
    this.what = what;
    this.factory = factory;
    this.build = build;
  }

  Shape<B, T> required(String name, FieldReader<B> reader) {
    requiredMask |= 1L << names.size();
    return optional(name, reader);
  }

  Shape<B, T> optional(String name, FieldReader<B> reader) {
    index.put(name, names.size());
    names.add(name);
    readers.add(reader);
    if (names.size() > 64) {
      throw new IllegalStateException("a shape has at most 64 fields");
    }
    return this;
  }

  /** At least one of these fields must be present. */
  Shape<B, T> requireOneOf(String... fields) {
    oneOf = List.of(fields);
    return this;
  }

  /** "an institution", "a post": the thing read, with its article, for messages. */
  String article() {
    return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
  }
}
