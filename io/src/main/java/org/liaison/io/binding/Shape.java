package org.liaison.io.binding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One kind of mapping of the format: its fields, which are required, the element each value is read
 * and written as, and how each is described in the JSON Schema; its {@link Access} names the
 * model's builder and accessors. The reader and {@code liaison schema} both work from these tables,
 * so the schema cannot drift from what the reader accepts.
 *
 * @param <B> the builder the fields go to
 * @param <T> the value built
 */
public final class Shape<B, T> {

  public final String what;
  final String schemaName;
  public final String description;

  /** Makes, empties and builds the builder, and sets and gets the fields by name. */
  final Access<B, T> access;

  /** This shape's number, {@code 0} to {@link #count()}, by which a binder keeps its builder. */
  final int number;

  public final List<String> names = new ArrayList<>();
  final Map<String, Integer> index = new HashMap<>();
  public final List<Element<?>> elements = new ArrayList<>();
  public final List<String> descriptions = new ArrayList<>();
  long requiredMask;
  public List<String> oneOf = List.of();

  private static final AtomicInteger SHAPES = new AtomicInteger();

  Shape(String what, String description, Access<B, T> access) {
    this.what = what;
    this.schemaName = camel(what);
    this.description = description;
    this.access = access;
    this.number = SHAPES.getAndIncrement();
  }

  /** How many shapes there are so far: every shape's number is less. */
  static int count() {
    return SHAPES.get();
  }

  private static String camel(String words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words.split(" ")) {
      sb.append(sb.length() == 0 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  /** A field that must be present, with a value of {@code element}. */
  Shape<B, T> required(String name, Element<?> element, String description) {
    requiredMask |= 1L << names.size();
    return optional(name, element, description);
  }

  /** A field that may be absent, with a value of {@code element}. */
  Shape<B, T> optional(String name, Element<?> element, String description) {
    index.put(name, names.size());
    names.add(name);
    elements.add(element);
    descriptions.add(description);
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

  /**
   * The value of field number {@code field} of {@code value}, a {@code T}: the value as the model
   * keeps it (an {@code Optional}, a list, or the value itself).
   */
  @SuppressWarnings("unchecked")
  public Object get(int field, Object value) {
    return access.get((T) value, names.get(field));
  }

  public boolean isRequired(int field) {
    return (requiredMask & (1L << field)) != 0;
  }

  /** "an institution", "a post": the thing read, with its article, for messages. */
  String article() {
    return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
  }
}
