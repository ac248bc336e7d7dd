package org.liaison.io.binding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
  /** Writes the whole schema object of this element, with a description when one is given. */
  void writeSchema(JsonGenerator g, String description) {
    g.writeStartObject();
    writeSchemaMembers(g);
    if (description != null) {
      g.writeStringProperty("description", description);
    }
    g.writeEndObject();
  }

  /**
   * Writes the members of the schema object, by kind: code rather than a lambda per element, so
   * that reading, which never writes a schema, links no call site for it.
   */
  private void writeSchemaMembers(JsonGenerator g) {
    switch (kind) {
      case TEXT -> g.writeStringProperty("type", "string");
      case ID -> ref(g, "id");
      case REFERENCE -> {
        g.writeStringProperty("$ref", "#/$defs/id");
        g.writeStringProperty("$comment", "the id of " + target);
      }
      case DATE -> ref(g, "partialDate");
      case CHOICE -> {
        g.writeName("enum");
        g.writeStartArray();
        for (String name : vocabulary.names()) {
          g.writeString(name);
        }
        g.writeEndArray();
      }
      case AREA -> ref(g, "area");
      case COUNT -> {
        g.writeStringProperty("type", "integer");
        g.writeNumberProperty("minimum", 0);
      }
      case NUMBER -> g.writeStringProperty("type", "number");
      case STRINGS -> {
        g.writeStringProperty("type", "object");
        g.writeName("additionalProperties");
        TEXT.writeSchema(g, null);
      }
      case LIST -> {
        g.writeStringProperty("type", "array");
        g.writeName("items");
        item.writeSchema(g, null);
      }
      case OBJECT -> ref(g, shape.schemaName);
      case SHORT_OR_OBJECT -> anyOf(g, shortForm, shape);
    }
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

  /** The value in a few words, for the Markdown reference ("a date", "a list of ids"). */
  public final String summary;

  public final Kind kind;

  /** The shape of a mapping ({@link Kind#OBJECT}, {@link Kind#SHORT_OR_OBJECT}), else null. */
  public final Shape<?, ?> shape;

  /** The element of each item of a {@link Kind#LIST}, else null. */
  public final Element<?> item;

  /** The names of a {@link Kind#CHOICE}, else null. */
  private final Vocabulary<?> vocabulary;

  /** What a {@link Kind#REFERENCE} refers to ("an institution"), else null. */
  private final String target;

  /** The short form of a {@link Kind#SHORT_OR_OBJECT}, else null. */
  private final Element<?> shortForm;

  private Element(Function<Binder, V> read, String summary, Kind kind) {
    this(read, summary, kind, null, null, null, null, null);
  }

  private Element(
      Function<Binder, V> read,
      String summary,
      Kind kind,
      Shape<?, ?> shape,
      Element<?> item,
      Vocabulary<?> vocabulary,
      String target,
      Element<?> shortForm) {
    this.read = read;
    this.summary = summary;
    this.kind = kind;
    this.shape = shape;
    this.item = item;
    this.vocabulary = vocabulary;
    this.target = target;
    this.shortForm = shortForm;
  }

  static final Element<String> TEXT = new Element<>(Binder::string, "text", Kind.TEXT);

  static final Element<Id> ID = new Element<>(Binder::recordId, "id", Kind.ID);

  static final Element<PartialDate> DATE = new Element<>(Binder::date, "date", Kind.DATE);

  static final Element<Integer> COUNT =
      new Element<>(Binder::count, "whole number ≥ 0", Kind.COUNT);

  static final Element<BigDecimal> NUMBER = new Element<>(Binder::decimal, "number", Kind.NUMBER);

  static final Element<Area> AREA = new Element<>(Binder::area, "area", Kind.AREA);

  static final Element<Map<String, String>> STRINGS =
      new Element<>(Binder::stringMap, "mapping of text to text", Kind.STRINGS);

  /** A reference: an id of a record of the kind named. */
  static <V> Element<V> reference(Function<Binder, V> read, String kind) {
    return new Element<>(read, "id of " + kind, Kind.REFERENCE, null, null, null, kind, null);
  }

  static <E extends Enum<E>> Element<E> oneOf(Vocabulary<E> vocabulary) {
    String summary = "one of `" + String.join("`, `", vocabulary.names()) + "`";
    return new Element<>(
        b -> b.enumValue(vocabulary), summary, Kind.CHOICE, null, null, vocabulary, null, null);
  }

  static <T> Element<T> object(Shape<?, T> shape) {
    return new Element<>(
        b -> b.object(shape), link(shape), Kind.OBJECT, shape, null, null, null, null);
  }

  static <V> Element<List<V>> list(Element<V> item) {
    return new Element<>(
        b -> b.list(item.read), "list of " + item.summary, Kind.LIST, null, item, null, null, null);
  }

  /** A value written as a short form (a bare reference or string) or as a mapping. */
  static <T> Element<T> shortOrObject(
      Function<Binder, T> read, Element<?> shortForm, Shape<?, T> shape) {
    String summary = shortForm.summary + " or " + link(shape);
    return new Element<>(read, summary, Kind.SHORT_OR_OBJECT, shape, null, null, null, shortForm);
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
