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

  final Function<Binder, V> read;
  final Schema schema;

  /** The value in a few words, for the Markdown reference ("a date", "a list of ids"). */
  public final String summary;

  Element(Function<Binder, V> read, Schema schema, String summary) {
    this.read = read;
    this.schema = schema;
    this.summary = summary;
  }

  static final Element<String> TEXT =
      new Element<>(Binder::string, g -> g.writeStringProperty("type", "string"), "text");

  static final Element<Id> ID = new Element<>(Binder::recordId, g -> ref(g, "id"), "id");

  static final Element<PartialDate> DATE =
      new Element<>(Binder::date, g -> ref(g, "partialDate"), "date");

  static final Element<Integer> COUNT =
      new Element<>(
          Binder::count,
          g -> {
            g.writeStringProperty("type", "integer");
            g.writeNumberProperty("minimum", 0);
          },
          "whole number ≥ 0");

  static final Element<BigDecimal> NUMBER =
      new Element<>(Binder::decimal, g -> g.writeStringProperty("type", "number"), "number");

  static final Element<Area> AREA = new Element<>(Binder::area, g -> ref(g, "area"), "area");

  static final Element<Map<String, String>> STRINGS =
      new Element<>(
          Binder::stringMap,
          g -> {
            g.writeStringProperty("type", "object");
            g.writeName("additionalProperties");
            TEXT.writeSchema(g, null);
          },
          "mapping of text to text");

  /** A reference: an id of a record of the kind named. */
  static <V> Element<V> reference(Function<Binder, V> read, String kind) {
    return new Element<>(
        read,
        g -> {
          g.writeStringProperty("$ref", "#/$defs/id");
          g.writeStringProperty("$comment", "the id of " + kind);
        },
        "id of " + kind);
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
            + vocabulary.names().stream()
                .map(n -> "`" + n + "`")
                .collect(Collectors.joining(", ")));
  }

  static <T> Element<T> object(Shape<?, T> shape) {
    return new Element<>(
        b -> b.object(shape),
        g -> ref(g, shape.schemaName),
        "[" + shape.what + "](#" + shape.what.replace(' ', '-') + ")");
  }

  static <V> Element<List<V>> list(Element<V> item) {
    return new Element<>(
        b -> b.list(item.read),
        g -> {
          g.writeStringProperty("type", "array");
          g.writeName("items");
          item.writeSchema(g, null);
        },
        "list of " + item.summary);
  }

  /** A value written as a short form (a bare reference or string) or as a mapping. */
  static <T> Element<T> shortOrObject(
      Function<Binder, T> read, Element<?> shortForm, Shape<?, T> shape) {
    return new Element<>(
        read,
        g -> {
          g.writeName("anyOf");
          g.writeStartArray();
          shortForm.writeSchema(g, null);
          g.writeStartObject();
          ref(g, shape.schemaName);
          g.writeEndObject();
          g.writeEndArray();
        },
        shortForm.summary + " or [" + shape.what + "](#" + shape.what.replace(' ', '-') + ")");
  }

  static void ref(JsonGenerator g, String def) {
    g.writeStringProperty("$ref", "#/$defs/" + def);
  }
}
