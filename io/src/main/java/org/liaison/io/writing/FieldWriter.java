package org.liaison.io.writing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.liaison.model.Ref;
import org.liaison.model.WireEnum;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the values of the format's fields to a Jackson generator, leaving empty values out: an
 * absent optional, an empty list or mapping is not written at all.
 */
abstract class FieldWriter {
  final JsonGenerator g;

  FieldWriter(JsonGenerator g) {
    this.g = g;
  }

  void common(Optional<String> notes, Map<String, String> labels, List<? extends Ref<?>> sources) {
    text("notes", notes);
    map("labels", labels);
    refs("sources", sources);
  }

  void text(String name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  void text(String name, WireEnum value) {
    text(name, value.wireName());
  }

  void text(String name, Optional<?> value) {
    if (value.isPresent()) {
      Object v = value.get();
      text(name, v instanceof WireEnum ? ((WireEnum) v).wireName() : v.toString());
    }
  }

  void ref(String name, Optional<? extends Ref<?>> ref) {
    ref.ifPresent(r -> text(name, r.id().value()));
  }

  void refs(String name, List<? extends Ref<?>> refs) {
    list(name, refs, r -> g.writeString(r.id().value()));
  }

  <T> void object(String name, Optional<T> value, Consumer<T> fields) {
    value.ifPresent(
        v -> {
          g.writeName(name);
          g.writeStartObject();
          fields.accept(v);
          g.writeEndObject();
        });
  }

  void map(String name, Map<String, String> map) {
    if (!map.isEmpty()) {
      g.writeName(name);
      g.writeStartObject();
      map.forEach(this::text);
      g.writeEndObject();
    }
  }

  <T> void list(String name, List<T> items, Consumer<T> item) {
    if (!items.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      items.forEach(item);
      g.writeEndArray();
    }
  }
}
