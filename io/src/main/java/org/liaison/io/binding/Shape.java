package org.liaison.io.binding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of mapping of the format: its fields, which are required, how each value is read into
 * the builder, and how each is described in the JSON Schema. The reader and {@code liaison schema}
 * both work from these tables, so the schema cannot drift from what the reader accepts.
 *
 * @param <B> the builder the fields go to
 * @param <T> the value built
 */
public final class Shape<B, T> {

  /** Reads one field's value into a builder; {@code false} when the value was invalid. */
  interface FieldReader<B> {
    boolean read(Binder binder, B builder);
  }

  /** A field: how it is read, how its value is got from what was built, and its schema. */
  static final class Field<B, T> {
    final FieldReader<B> reader;
    final Function<? super T, ?> get;
    final Element<?> element;

    Field(FieldReader<B> reader, Function<? super T, ?> get, Element<?> element) {
      this.reader = reader;
      this.get = get;
      this.element = element;
    }
  }

  public final String what;
  final String schemaName;
  public final String description;
  final Supplier<B> factory;

  /** Empties a builder, so that a binder can use one builder for every value of this shape. */
  final Consumer<B> clear;

  final Function<B, T> build;

  /** This shape's number, {@code 0} to {@link #count()}, by which a binder keeps its builder. */
  final int number;

  public final List<String> names = new ArrayList<>();
  final Map<String, Integer> index = new HashMap<>();
  final List<FieldReader<B>> readers = new ArrayList<>();
  private final List<Function<? super T, ?>> getters = new ArrayList<>();
  public final List<Element<?>> elements = new ArrayList<>();
  public final List<String> descriptions = new ArrayList<>();
  long requiredMask;
  public List<String> oneOf = List.of();

  private static final AtomicInteger SHAPES = new AtomicInteger();

  Shape(
      String what,
      String description,
      Supplier<B> factory,
      Consumer<B> clear,
      Function<B, T> build) {
    this.what = what;
    this.schemaName = camel(what);
    this.description = description;
    this.factory = factory;
    this.clear = clear;
    this.build = build;
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

  Shape<B, T> required(String name, Field<B, T> field, String description) {
    requiredMask |= 1L << names.size();
    return optional(name, field, description);
  }

  Shape<B, T> optional(String name, Field<B, T> field, String description) {
    index.put(name, names.size());
    names.add(name);
    readers.add(field.reader);
    getters.add(field.get);
    elements.add(field.element);
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
    return getters.get(field).apply((T) value);
  }

  public boolean isRequired(int field) {
    return (requiredMask & (1L << field)) != 0;
  }

  /** "an institution", "a post": the thing read, with its article, for messages. */
  String article() {
    return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
  }
}
