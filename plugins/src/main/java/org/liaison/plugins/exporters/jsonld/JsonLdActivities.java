package org.liaison.plugins.exporters.jsonld;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaison.model.Activity;
import org.liaison.model.Agreement;
import org.liaison.model.Commitment;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Participant;
import org.liaison.model.Party;
import org.liaison.model.Ref;
import org.liaison.model.Side;
import org.liaison.model.Signatory;
import org.liaison.plugins.exporters.Texts;
import tools.jackson.core.JsonGenerator;

/**
 * Delegations and agreements in schema.org JSON-LD.
 *
 * <p>A delegation is an {@code Event}: the host's institutions and people are its {@code
 * organizer}s, the visiting ones its {@code attendee}s; a person with a role or title is wrapped in
 * a {@code Role} (schema.org's role pattern); activities are {@code subEvent}s; topics and fields
 * are {@code keywords}; areas are {@code about}. Dates are written as in Liaison ({@code 2024},
 * {@code 2024-03}, {@code --11-18}: the ISO 8601 and XML Schema forms of a year, a month, a day
 * without a year).
 *
 * <p>An agreement is a {@code CreativeWork}, the closest fit: schema.org has no type for a
 * contract, and a creative work has what an agreement needs, a status ({@code creativeWorkStatus}),
 * creators (the parties), contributors (the signatories), a date created (signed on), a temporal
 * coverage (the term), parts (the commitments) and the event it was made at ({@code recordedAt},
 * the delegations of its history).
 */
final class JsonLdActivities {
  private final JsonLdWriter ld;
  private final JsonGenerator g;

  JsonLdActivities(JsonLdWriter ld) {
    this.ld = ld;
    this.g = ld.generator();
  }

  void delegation(Delegation d) {
    ld.start(Optional.of(d.id()), "Event");
    ld.text("name", Texts.title(d));
    ld.text("startDate", d.date().toString());
    ld.text("endDate", d.endDate());
    ld.location(d.location());
    List<String> description = new ArrayList<>();
    d.purpose().ifPresent(p -> description.add("Purpose: " + p));
    d.outcome().ifPresent(o -> description.add("Outcome: " + o));
    d.notes().ifPresent(description::add);
    if (!description.isEmpty()) {
      ld.text("description", String.join("\n\n", description));
    }
    side("organizer", d.host());
    side("attendee", d.visiting());
    if (!d.activities().isEmpty()) {
      g.writeArrayPropertyStart("subEvent");
      for (Activity a : d.activities()) {
        ld.start(Optional.empty(), "Event");
        ld.text("name", Texts.capital(Texts.words(a.kind())));
        a.chair().ifPresent(c -> ld.ref("organizer", c));
        ld.text("description", a.summary());
        ld.end();
      }
      g.writeEndArray();
    }
    List<String> keywords = new ArrayList<>(d.topics());
    keywords.addAll(d.fields());
    ld.texts("keywords", keywords);
    ld.areas(d.areas());
    ld.sources(d.sources());
    ld.end();
  }

  /** The institutions of a side, then its people, under {@code property}. */
  private void side(String property, Side side) {
    if (side.institutions().isEmpty() && side.members().isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(property);
    for (Ref<?> i : side.institutions()) {
      node(i);
    }
    for (Participant p : side.members()) {
      if (p.role().isEmpty() && p.title().isEmpty()) {
        node(p.person());
      } else {
        ld.start(Optional.empty(), "Role");
        ld.text("roleName", p.role());
        ld.text("description", p.title());
        ld.ref(property, p.person());
        ld.end();
      }
    }
    g.writeEndArray();
  }

  private void node(Object id) {
    g.writeStartObject();
    g.writeStringProperty("@id", JsonLdWriter.node(id));
    g.writeEndObject();
  }

  void agreement(Agreement a) {
    ld.start(Optional.of(a.id()), "CreativeWork");
    ld.text("name", a.title());
    ld.text("genre", Texts.words(a.kind()));
    ld.text("creativeWorkStatus", a.status().wireName());
    parties(a.parties());
    signatories(a.signatories());
    ld.text("dateCreated", a.signedOn());
    a.term()
        .ifPresent(
            t ->
                ld.text(
                    "temporalCoverage",
                    t.start().map(Object::toString).orElse("..")
                        + "/"
                        + t.end().map(Object::toString).orElse("..")));
    a.term().ifPresent(t -> ld.text("expires", t.end()));
    ld.refs(
        "recordedAt",
        a.history().stream().flatMap(h -> h.delegation().stream()).distinct().toList());
    ld.refs("mentions", a.establishes());
    commitments(a.commitments());
    ld.areas(a.areas());
    ld.text("abstract", a.summary());
    List<String> notes = new ArrayList<>();
    for (HistoryEntry h : a.history()) {
      notes.add(h.date() + ": " + h.status().wireName() + h.note().map(n -> " — " + n).orElse(""));
    }
    a.notes().ifPresent(notes::add);
    if (!notes.isEmpty()) {
      ld.text("description", String.join("\n", notes));
    }
    ld.sources(a.sources());
    ld.end();
  }

  private void parties(List<Party> parties) {
    g.writeArrayPropertyStart("creator");
    for (Party p : parties) {
      if (p.role().isEmpty()) {
        node(p.institution());
      } else {
        ld.start(Optional.empty(), "Role");
        ld.text("roleName", p.role());
        ld.ref("creator", p.institution());
        ld.end();
      }
    }
    g.writeEndArray();
  }

  private void signatories(List<Signatory> signatories) {
    if (signatories.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("contributor");
    for (Signatory s : signatories) {
      ld.start(Optional.empty(), "Role");
      ld.text("roleName", "signatory");
      ld.text("startDate", s.date());
      ld.ref("contributor", s.person());
      ld.end();
    }
    g.writeEndArray();
  }

  private void commitments(List<Commitment> commitments) {
    if (commitments.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("hasPart");
    for (Commitment c : commitments) {
      ld.start(Optional.empty(), "CreativeWork");
      ld.text("text", c.description());
      c.by().ifPresent(b -> ld.ref("creator", b));
      ld.text("description", c.quantity().map(Texts::quantity));
      ld.text("expires", c.due());
      ld.sources(c.sources());
      ld.end();
    }
    g.writeEndArray();
  }
}
