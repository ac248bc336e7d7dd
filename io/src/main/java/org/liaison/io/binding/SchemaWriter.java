package org.liaison.io.binding;

import java.util.List;
import java.util.stream.IntStream;
import org.liaison.model.Area;
import org.liaison.model.RecordKind;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the JSON Schema (draft 2020-12) of format version 1 from {@link Shapes}, the table the
 * reader reads by: required fields, vocabularies, id and date patterns, and a description of every
 * field for editor hovers.
 */
public final class SchemaWriter {
  private SchemaWriter() {}

  /** Writes the schema as one JSON object. */
  public static void write(JsonGenerator g) {
    g.writeStartObject();
    header(g);
    g.writeName("properties");
    document(g);
    g.writeName("$defs");
    g.writeStartObject();
    definitions(g);
    for (Shape<?, ?> shape : Shapes.ALL) {
      g.writeName(shape.schemaName);
      shape(g, shape);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void header(JsonGenerator g) {
    g.writeStringProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
    g.writeStringProperty("$id", "urn:liaison:format:1");
    g.writeStringProperty("title", "Liaison data, format version 1");
    g.writeStringProperty(
        "description",
        "Records of institutional cooperation: institutions,"
            + " people, delegations, agreements and the sources they come from.");
    g.writeStringProperty("type", "object");
    g.writeName("required");
    strings(g, List.of("liaison"));
    g.writeBooleanProperty("additionalProperties", false);
  }

  /** The properties of a document: the marker and a list per record kind. */
  private static void document(JsonGenerator g) {
    g.writeStartObject();
    g.writeName("liaison");
    g.writeStartObject();
    g.writeNumberProperty("const", 1);
    g.writeStringProperty("description", "The format version: 1.");
    g.writeEndObject();
    for (RecordKind kind : RecordKind.values()) {
      section(g, kind);
    }
    g.writeEndObject();
  }

  private static void section(JsonGenerator g, RecordKind kind) {
    g.writeName(kind.section());
    g.writeStartObject();
    g.writeStringProperty("type", "array");
    g.writeName("items");
    g.writeStartObject();
    Element.ref(g, kind.wireName());
    g.writeEndObject();
    g.writeStringProperty("description", "The " + kind.section() + " of this document.");
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, List<String> values) {
    g.writeStartArray();
    values.forEach(g::writeString);
    g.writeEndArray();
  }

  private static void definitions(JsonGenerator g) {
    pattern(
        g,
        "id",
        Element.ID_PATTERN,
        "An id: 1–100 lowercase letters, digits, '-', '.' and"
            + " '_', starting with a letter or digit; unique across the dataset.");
    pattern(
        g,
        "partialDate",
        Element.DATE_PATTERN,
        "A date as precise as the source: YYYY,"
            + " YYYY-MM, YYYY-MM-DD, or --MM-DD when the year is unknown.");
    area(g);
  }

  /** An area: a code of the vocabulary, or one of the user's own. */
  private static void area(JsonGenerator g) {
    g.writeName("area");
    g.writeStartObject();
    g.writeName("anyOf");
    g.writeStartArray();
    g.writeStartObject();
    g.writeName("enum");
    strings(g, Area.vocabulary().stream().map(Area::code).toList());
    g.writeEndObject();
    ownArea(g);
    g.writeEndArray();
    g.writeStringProperty(
        "description",
        "A cooperation area: a code of the vocabulary, or your" + " own starting with x-.");
    g.writeEndObject();
  }

  /** An area of the user's own: a string starting with {@code x-}. */
  private static void ownArea(JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("type", "string");
    g.writeStringProperty("pattern", "^x-.+");
    g.writeEndObject();
  }

  /** A definition of a string that matches {@code pattern}. */
  private static void pattern(JsonGenerator g, String name, String pattern, String description) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("type", "string");
    g.writeStringProperty("pattern", pattern);
    g.writeStringProperty("description", description);
    g.writeEndObject();
  }

  private static void shape(JsonGenerator g, Shape<?, ?> shape) {
    g.writeStartObject();
    g.writeStringProperty("type", "object");
    g.writeStringProperty("description", shape.description);
    g.writeName("properties");
    g.writeStartObject();
    for (int i = 0; i < shape.names.size(); i++) {
      g.writeName(shape.names.get(i));
      shape.elements.get(i).writeSchema(g, shape.descriptions.get(i));
    }
    g.writeEndObject();
    required(g, shape);
    g.writeBooleanProperty("additionalProperties", false);
    g.writeEndObject();
  }

  /** The required fields of {@code shape}, and the fields of which it needs at least one. */
  private static void required(JsonGenerator g, Shape<?, ?> shape) {
    if (shape.requiredMask != 0) {
      g.writeName("required");
      strings(
          g,
          IntStream.range(0, shape.names.size())
              .filter(shape::isRequired)
              .mapToObj(shape.names::get)
              .toList());
    }
    if (!shape.oneOf.isEmpty()) {
      anyOf(g, shape.oneOf);
    }
  }

  private static void anyOf(JsonGenerator g, List<String> fields) {
    g.writeName("anyOf");
    g.writeStartArray();
    for (String f : fields) {
      g.writeStartObject();
      g.writeName("required");
      strings(g, List.of(f));
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
