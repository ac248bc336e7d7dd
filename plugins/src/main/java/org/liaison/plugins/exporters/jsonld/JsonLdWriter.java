package org.liaison.plugins.exporters.jsonld;

import java.util.List;
import java.util.Optional;
import org.liaison.model.Area;
import org.liaison.model.Id;
import org.liaison.model.Place;
import org.liaison.model.Ref;
import org.liaison.model.Source;
import org.liaison.plugins.exporters.Texts;
import tools.jackson.core.JsonGenerator;

/**
 * Small steps of schema.org JSON-LD on a Jackson generator: node references ({@code {"@id":
 * "#zhongqiao"}}), optional values that are left out when empty, lists that are left out when
 * empty. A record's node id is {@code #} and its id, relative to where the document is read from.
 */
final class JsonLdWriter {
  private final JsonGenerator g;

  JsonLdWriter(JsonGenerator g) {
    this.g = g;
  }

  /** The generator, for what these steps do not cover. */
  JsonGenerator generator() {
    return g;
  }

  /** The node id of a record: {@code #id}. */
  static String node(Object id) {
    return "#" + id;
  }

  /** Starts a node object with its {@code @id} (when given) and {@code @type}. */
  void start(Optional<Id> id, String type) {
    g.writeStartObject();
    id.ifPresent(i -> g.writeStringProperty("@id", node(i)));
    g.writeStringProperty("@type", type);
  }

  /** Ends the current object. */
  void end() {
    g.writeEndObject();
  }

  /** A property with a text value, left out when the value is empty. */
  void text(String name, Optional<?> value) {
    value.ifPresent(v -> g.writeStringProperty(name, Texts.cell(v)));
  }

  /** A property with a text value. */
  void text(String name, String value) {
    g.writeStringProperty(name, value);
  }

  /** A property holding a list of texts, left out when empty. */
  void texts(String name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeArrayPropertyStart(name);
      values.forEach(g::writeString);
      g.writeEndArray();
    }
  }

  /** A property referring to one node. */
  void ref(String name, Object id) {
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("@id", node(id));
    g.writeEndObject();
  }

  /** A property referring to several nodes, left out when there are none. */
  void refs(String name, List<? extends Ref<?>> refs) {
    if (!refs.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (Ref<?> r : refs) {
        g.writeStartObject();
        g.writeStringProperty("@id", node(r));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  /** {@code subjectOf}: the sources, which are about the record. */
  void sources(List<Ref<Source>> sources) {
    refs("subjectOf", sources);
  }

  /** A {@code PostalAddress} of a place, under {@code name}; nothing if the place is empty. */
  void address(String name, Optional<Place> place) {
    if (place.isPresent()) {
      g.writeName(name);
      postalAddress(place.get());
    }
  }

  /** A {@code Place} with its {@code PostalAddress}, as the location of an event. */
  void location(Optional<Place> place) {
    if (place.isPresent()) {
      g.writeName("location");
      start(Optional.empty(), "Place");
      text("name", Texts.place(place));
      g.writeName("address");
      postalAddress(place.get());
      end();
    }
  }

  private void postalAddress(Place p) {
    start(Optional.empty(), "PostalAddress");
    text("streetAddress", p.address());
    text("addressLocality", p.city());
    text("addressRegion", p.region());
    text("addressCountry", p.country());
    end();
  }

  /** {@code about}: the cooperation areas, as {@code DefinedTerm}s of Liaison's vocabulary. */
  void areas(List<Area> areas) {
    if (areas.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("about");
    for (Area a : areas) {
      start(Optional.empty(), "DefinedTerm");
      text("termCode", a.code());
      text("name", a.label());
      text("description", a.definition());
      text("inDefinedTermSet", "Liaison cooperation areas");
      end();
    }
    g.writeEndArray();
  }
}
