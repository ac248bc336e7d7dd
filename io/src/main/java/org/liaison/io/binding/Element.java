package org.liaison.io.binding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.model.Area;
import org.liaison.model.Id;
import org.liaison.model.PartialDate;
import tools.jackson.core.JsonGenerator;

/**
 * A kind of value of the format: how the reader reads it, and how the JSON Schema describes it.
 *
 * @param <V> the value read
 */
public final class Element<V> {
  /** Writes the members of the JSON object that is the schema of a value. */
  interface Schema {
    void write(JsonGenerator g);
  }

  /** Writes the whole schema object of this element, with a description when one is given. */
  void writeSchema(JsonGenerator g, String description) {
    g.writeStartObject();
    schema.write(g);
    if (description != null) {
      g.writeStringProperty("description", description);
    }
    g.writeEndObject();
  }

  static final String ID_PATTERN = "^" + Id.SYNTAX + "$";
  static final String DATE_PATTERN =
      "^([0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))$";

  /** What a value of an element is, so that a writer knows how to write it. */
  public enum Kind {
    /** A {@code String}. */
    TEXT,
    /** An {@link Id}. */
    ID,
    /** A {@code Ref} to a record. */
    REFERENCE,
    /** A {@link PartialDate}. */
    DATE,
    /** A {@code WireEnum}, written by its wire name. */
    CHOICE,
    /** An {@link Area}. */
    AREA,
    /** An {@code Integer}. */
    COUNT,
    /** A {@link BigDecimal}. */
    NUMBER,
    /** A mapping of text to text. */
    STRINGS,
    /** A list of {@link #item}. */
    LIST,
    /** A mapping of {@link #shape}. */
    OBJECT,
    /** A mapping of {@link #shape}, or the value of its first field alone when that is all. */
    SHORT_OR_OBJECT
  }

  final Function<Binder, V> read;
  final Schema schema;

  /** The value in a few words, for the Markdown reference ("a date", "a list of ids"). */
  public final String summary;

  public final Kind kind;

  /** The shape of a mapping ({@link Kind#OBJECT}, {@link Kind#SHORT_OR_OBJECT}), else null. */
  public final Shape<?, ?> shape;

  /** The element of each item of a {@link Kind#LIST}, else null. */
  public final Element<?> item;

  Element(Function<Binder, V> read, Schema schema, String summary, Kind kind) {
    this(read, schema, summary, kind, null, null);
  }

  private Element(
      Function<Binder, V> read,
      Schema schema,
      String summary,
      Kind kind,
      Shape<?, ?> shape,
      Element<?> item) {
    this.read = read;
    this.schema = schema;
    this.summary = summary;
    this.kind = kind;
    this.shape = shape;
    this.item = item;
  }

  static final Element<String> TEXT =
      new Element<>(
          Binder::string, g -> g.writeStringProperty("type", "string"), "text", Kind.TEXT);

  static final Element<Id> ID = new Element<>(Binder::recordId, g -> ref(g, "id"), "id", Kind.ID);

  static final Element<PartialDate> DATE =
      new Element<>(Binder::date, g -> ref(g, "partialDate"), "date", Kind.DATE);

  static final Element<Integer> COUNT =
      new Element<>(
          Binder::count,
          g -> {
            g.writeStringProperty("type", "integer");
            g.writeNumberProperty("minimum", 0);
          },
          "whole number ≥ 0",
          Kind.COUNT);

  static final Element<BigDecimal> NUMBER =
      new Element<>(
          Binder::decimal, g -> g.writeStringProperty("type", "number"), "number", Kind.NUMBER);

  static final Element<Area> AREA =
      new Element<>(Binder::area, g -> ref(g, "area"), "area", Kind.AREA);

  static final Element<Map<String, String>> STRINGS =
      new Element<>(
          Binder::stringMap,
          g -> {
            g.writeStringProperty("type", "object");
            g.writeName("additionalProperties");
            TEXT.writeSchema(g, null);
          },
          "mapping of text to text",
          Kind.STRINGS);

  /** A reference: an id of a record of the kind named. */
  static <V> Element<V> reference(Function<Binder, V> read, String kind) {
    return new Element<>(
        read,
        g -> {
          g.writeStringProperty("$ref", "#/$defs/id");
          g.writeStringProperty("$comment", "the id of " + kind);
        },
        "id of " + kind,
        Kind.REFERENCE);
  }

  static <E extends Enum<E>> Element<E> oneOf(Vocabulary<E> vocabulary) {
    return new Element<>(
        b -> b.enumValue(vocabulary),
        g -> {
          g.writeName("enum");
          g.writeStartArray();
          vocabulary.names().forEach(g::writeString);
          g.writeEndArray();
        },
        "one of "
            + vocabulary.names().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")),
        Kind.CHOICE);
  }

  static <T> Element<T> object(Shape<?, T> shape) {
    return new Element<>(
        b -> b.object(shape), g -> ref(g, shape.schemaName), link(shape), Kind.OBJECT, shape, null);
  }

  static <V> Element<List<V>> list(Element<V> item) {
    return new Element<>(
        b -> b.list(item.read),
        g -> {
          g.writeStringProperty("type", "array");
          g.writeName("items");
          item.writeSchema(g, null);
        },
        "list of " + item.summary,
        Kind.LIST,
        null,
        item);
  }

  /** A value written as a short form (a bare reference or string) or as a mapping. */
  static <T> Element<T> shortOrObject(
      Function<Binder, T> read, Element<?> shortForm, Shape<?, T> shape) {
    return new Element<>(
        read,
        g -> anyOf(g, shortForm, shape),
        shortForm.summary + " or " + link(shape),
        Kind.SHORT_OR_OBJECT,
        shape,
        null);
  }

  private static void anyOf(JsonGenerator g, Element<?> shortForm, Shape<?, ?> shape) {
    g.writeName("anyOf");
    g.writeStartArray();
    shortForm.writeSchema(g, null);
    g.writeStartObject();
    ref(g, shape.schemaName);
    g.writeEndObject();
    g.writeEndArray();
  }

  /** A link to the section of {@code shape} in the Markdown reference. */
  private static String link(Shape<?, ?> shape) {
    return "[" + shape.what + "](#" + shape.what.replace(' ', '-') + ")";
  }

  static void ref(JsonGenerator g, String def) {
    g.writeStringProperty("$ref", "#/$defs/" + def);
  }
}
