package org.liaison.io.binding;

import org.liaison.model.Area;
import org.liaison.model.RecordKind;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the JSON Schema (draft 2020-12) of format version 1 from {@link Shapes}, the table the
 * reader reads by: required fields, vocabularies, id and date patterns, and a description of
 * every field for editor hovers.
 */
public final class SchemaWriter {
  private SchemaWriter() {}

  /** Writes the schema as one JSON object. */
  public static void write(JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
    g.writeStringProperty("$id", "urn:liaison:format:1");
    g.writeStringProperty("title", "Liaison data, format version 1");
    g.writeStringProperty("description", "Records of institutional cooperation: institutions,"
        + " people, delegations, agreements and the sources they come from.");
    g.writeStringProperty("type", "object");
    g.writeName("required");
    g.writeStartArray();
    g.writeString("liaison");
    g.writeEndArray();
    g.writeBooleanProperty("additionalProperties", false);
    g.writeName("properties");
    g.writeStartObject();
    g.writeName("liaison");
    g.writeStartObject();
    g.writeNumberProperty("const", 1);
    g.writeStringProperty("description", "The format version: 1.");
    g.writeEndObject();
    for (RecordKind kind : RecordKind.values()) {
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
    g.writeEndObject();
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

  private static void definitions(JsonGenerator g) {
    g.writeName("id");
    g.writeStartObject();
    g.writeStringProperty("type", "string");
    g.writeStringProperty("pattern", Element.ID_PATTERN);
    g.writeStringProperty("description", "An id: 1–100 lowercase letters, digits, '-', '.' and"
        + " '_', starting with a letter or digit; unique across the dataset.");
    g.writeEndObject();
    g.writeName("partialDate");
    g.writeStartObject();
    g.writeStringProperty("type", "string");
    g.writeStringProperty("pattern", Element.DATE_PATTERN);
    g.writeStringProperty("description", "A date as precise as the source: YYYY, YYYY-MM,"
        + " YYYY-MM-DD, or --MM-DD when the year is unknown.");
    g.writeEndObject();
    g.writeName("area");
    g.writeStartObject();
    g.writeName("anyOf");
    g.writeStartArray();
    g.writeStartObject();
    g.writeName("enum");
    g.writeStartArray();
    Area.vocabulary().forEach(a -> g.writeString(a.code()));
    g.writeEndArray();
    g.writeEndObject();
    g.writeStartObject();
    g.writeStringProperty("type", "string");
    g.writeStringProperty("pattern", "^x-.+");
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringProperty("description", "A cooperation area: a code of the vocabulary, or your"
        + " own starting with x-.");
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
    if (shape.requiredMask != 0) {
      g.writeName("required");
      g.writeStartArray();
      for (int i = 0; i < shape.names.size(); i++) {
        if (shape.isRequired(i)) {
          g.writeString(shape.names.get(i));
        }
      }
      g.writeEndArray();
    }
    if (!shape.oneOf.isEmpty()) {
      g.writeName("anyOf");
      g.writeStartArray();
      for (String f : shape.oneOf) {
        g.writeStartObject();
        g.writeName("required");
        g.writeStartArray();
        g.writeString(f);
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeBooleanProperty("additionalProperties", false);
    g.writeEndObject();
  }
}
