package org.liaison.io.writing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.liaison.io.binding.Element;
import org.liaison.io.binding.Shape;
import org.liaison.model.Area;
import org.liaison.model.Id;
import org.liaison.model.Ref;
import org.liaison.model.WireEnum;
import tools.jackson.core.JsonGenerator;

/**
 * Writes values of the format to a Jackson generator by their {@link Shape} and {@link Element}: an
 * optional field that is empty (an absent optional, an empty list or mapping) is not written at
 * all, a required one always is.
 */
abstract class FieldWriter {
  final JsonGenerator g;

  FieldWriter(JsonGenerator g) {
    this.g = g;
  }

  /** Writes {@code value} as a mapping of {@code shape}. */
  void object(Shape<?, ?> shape, Object value) {
    g.writeStartObject();
    for (int i = 0; i < shape.names.size(); i++) {
      Object v = shape.get(i, value);
      if (shape.isRequired(i) || !isEmpty(v)) {
        g.writeName(shape.names.get(i));
        value(shape.elements.get(i), v instanceof Optional<?> o ? o.get() : v);
      }
    }
    g.writeEndObject();
  }

  /** Writes a value of {@code element}, kept as the model keeps it but not wrapped in Optional. */
  void value(Element<?> element, Object v) {
    switch (element.kind) {
      case TEXT -> g.writeString((String) v);
      case ID -> g.writeString(((Id) v).value());
      case REFERENCE -> g.writeString(((Ref<?>) v).id().value());
      case DATE -> g.writeString(v.toString());
      case CHOICE -> g.writeString(((WireEnum) v).wireName());
      case AREA -> g.writeString(((Area) v).code());
      case COUNT -> g.writeNumber((Integer) v);
      case NUMBER -> g.writeNumber(((BigDecimal) v).toString());
      case STRINGS -> strings((Map<?, ?>) v);
      case LIST -> list(element.item, (Collection<?>) v);
      case OBJECT -> object(element.shape, v);
      case SHORT_OR_OBJECT -> shortOrObject(element.shape, v);
    }
  }

  /** The value of the first field alone when the others are empty, else the whole mapping. */
  private void shortOrObject(Shape<?, ?> shape, Object value) {
    for (int i = 1; i < shape.names.size(); i++) {
      if (!isEmpty(shape.get(i, value))) {
        object(shape, value);
        return;
      }
    }
    value(shape.elements.get(0), shape.get(0, value));
  }

  private void strings(Map<?, ?> map) {
    g.writeStartObject();
    map.forEach(
        (k, v) -> {
          g.writeName((String) k);
          g.writeString((String) v);
        });
    g.writeEndObject();
  }

  private void list(Element<?> item, Collection<?> items) {
    g.writeStartArray();
    for (Object v : items) {
      value(item, v);
    }
    g.writeEndArray();
  }

  private static boolean isEmpty(Object v) {
    return v instanceof Optional<?> o
        ? o.isEmpty()
        : v instanceof Collection<?> c ? c.isEmpty() : v instanceof Map<?, ?> m && m.isEmpty();
  }
}
