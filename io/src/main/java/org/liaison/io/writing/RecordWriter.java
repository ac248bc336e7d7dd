package org.liaison.io.writing;

import java.util.List;
import org.liaison.model.Activity;
import org.liaison.model.Agreement;
import org.liaison.model.Area;
import org.liaison.model.Commitment;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
import org.liaison.model.NameKind;
import org.liaison.model.OtherName;
import org.liaison.model.Participant;
import org.liaison.model.Party;
import org.liaison.model.Person;
import org.liaison.model.Place;
import org.liaison.model.Post;
import org.liaison.model.Quantity;
import org.liaison.model.Side;
import org.liaison.model.Signatory;
import org.liaison.model.Source;
import org.liaison.model.Term;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a dataset as one document of format version 1 to a Jackson generator, JSON or YAML alike:
 * fields in the order of the format's tables, empty values left out, and the short forms (a bare id
 * for a participant, party or signatory with nothing else to say, a bare string for an alias)
 * wherever they apply.
 */
public final class RecordWriter extends FieldWriter {

  /** Writes to {@code generator}, which the caller closes. */
  public RecordWriter(JsonGenerator generator) {
    super(generator);
  }

  /** Writes the whole dataset as one document. */
  public void write(Dataset data) {
    g.writeStartObject();
    g.writeName("liaison");
    g.writeNumber(1);
    list("institutions", data.institutions(), this::institution);
    list("people", data.people(), this::person);
    list("delegations", data.delegations(), this::delegation);
    list("agreements", data.agreements(), this::agreement);
    list("sources", data.sources(), this::source);
    g.writeEndObject();
  }

  private void institution(Institution i) {
    g.writeStartObject();
    text("id", i.id().value());
    text("name", i.name());
    list("names", i.names(), this::otherName);
    text("kind", i.kind());
    ref("parent", i.parent());
    object("location", i.location(), this::place);
    map("identifiers", i.identifiers());
    text("website", i.website());
    common(i.notes(), i.labels(), i.sources());
    g.writeEndObject();
  }

  private void person(Person p) {
    g.writeStartObject();
    text("id", p.id().value());
    text("name", p.name());
    list("names", p.names(), this::otherName);
    list("posts", p.posts(), this::post);
    common(p.notes(), p.labels(), p.sources());
    g.writeEndObject();
  }

  private void delegation(Delegation d) {
    g.writeStartObject();
    text("id", d.id().value());
    text("title", d.title());
    text("date", d.date().toString());
    text("endDate", d.endDate().map(Object::toString));
    visit(d);
    text("purpose", d.purpose());
    text("outcome", d.outcome());
    list("topics", d.topics(), g::writeString);
    list("fields", d.fields(), g::writeString);
    list("areas", d.areas(), a -> g.writeString(a.code()));
    common(d.notes(), d.labels(), d.sources());
    g.writeEndObject();
  }

  /** Who came, who received them, where, and what happened. */
  private void visit(Delegation d) {
    g.writeName("visiting");
    side(d.visiting());
    g.writeName("host");
    side(d.host());
    object("location", d.location(), this::place);
    list("activities", d.activities(), this::activity);
  }

  private void agreement(Agreement a) {
    g.writeStartObject();
    text("id", a.id().value());
    text("title", a.title());
    text("kind", a.kind());
    text("status", a.status());
    parties(a.parties());
    signing(a);
    list("establishes", a.establishes(), r -> g.writeString(r.id().value()));
    list("areas", a.areas(), (Area area) -> g.writeString(area.code()));
    list("commitments", a.commitments(), this::commitment);
    text("summary", a.summary());
    common(a.notes(), a.labels(), a.sources());
    g.writeEndObject();
  }

  /** The parties: required, so written even when empty, to read back the same. */
  private void parties(List<Party> parties) {
    g.writeName("parties");
    g.writeStartArray();
    parties.forEach(this::party);
    g.writeEndArray();
  }

  /** How the agreement came about, who signed it and when, and its term. */
  private void signing(Agreement a) {
    list("history", a.history(), this::historyEntry);
    text("signedOn", a.signedOn().map(Object::toString));
    list("signatories", a.signatories(), this::signatory);
    object("term", a.term(), this::term);
  }

  private void source(Source s) {
    g.writeStartObject();
    text("id", s.id().value());
    text("url", s.url());
    text("title", s.title());
    text("publisher", s.publisher());
    text("published", s.published().map(Object::toString));
    text("accessed", s.accessed().map(Object::toString));
    text("lang", s.lang());
    map("labels", s.labels());
    g.writeEndObject();
  }

  // ---- parts ---------------------------------------------------------------------------------

  private void otherName(OtherName n) {
    if (n.kind() == NameKind.ALIAS && n.lang().isEmpty()) {
      g.writeString(n.name());
      return;
    }
    g.writeStartObject();
    text("name", n.name());
    text("lang", n.lang());
    if (n.kind() != NameKind.ALIAS) {
      text("kind", n.kind());
    }
    g.writeEndObject();
  }

  private void place(Place p) {
    text("city", p.city());
    text("region", p.region());
    text("country", p.country());
    text("address", p.address());
  }

  private void post(Post p) {
    g.writeStartObject();
    text("title", p.title());
    ref("institution", p.institution());
    text("since", p.since().map(Object::toString));
    text("until", p.until().map(Object::toString));
    refs("sources", p.sources());
    g.writeEndObject();
  }

  private void side(Side s) {
    g.writeStartObject();
    refs("institutions", s.institutions());
    list("members", s.members(), this::participant);
    s.organizations()
        .ifPresent(
            n -> {
              g.writeName("organizations");
              g.writeNumber(n);
            });
    s.people()
        .ifPresent(
            n -> {
              g.writeName("people");
              g.writeNumber(n);
            });
    g.writeEndObject();
  }

  private void participant(Participant p) {
    if (p.role().isEmpty() && p.title().isEmpty() && p.onBehalfOf().isEmpty()) {
      g.writeString(p.person().id().value());
      return;
    }
    g.writeStartObject();
    text("person", p.person().id().value());
    text("role", p.role());
    text("title", p.title());
    ref("onBehalfOf", p.onBehalfOf());
    g.writeEndObject();
  }

  private void activity(Activity a) {
    g.writeStartObject();
    text("kind", a.kind());
    ref("chair", a.chair());
    text("summary", a.summary());
    g.writeEndObject();
  }

  private void party(Party p) {
    if (p.role().isEmpty()) {
      g.writeString(p.institution().id().value());
      return;
    }
    g.writeStartObject();
    text("institution", p.institution().id().value());
    text("role", p.role());
    g.writeEndObject();
  }

  private void historyEntry(HistoryEntry h) {
    g.writeStartObject();
    text("status", h.status());
    text("date", h.date().toString());
    ref("delegation", h.delegation());
    text("note", h.note());
    refs("sources", h.sources());
    g.writeEndObject();
  }

  private void signatory(Signatory s) {
    if (s.onBehalfOf().isEmpty() && s.date().isEmpty()) {
      g.writeString(s.person().id().value());
      return;
    }
    g.writeStartObject();
    text("person", s.person().id().value());
    ref("onBehalfOf", s.onBehalfOf());
    text("date", s.date().map(Object::toString));
    g.writeEndObject();
  }

  private void term(Term t) {
    text("start", t.start().map(Object::toString));
    text("end", t.end().map(Object::toString));
  }

  private void commitment(Commitment c) {
    g.writeStartObject();
    ref("by", c.by());
    text("description", c.description());
    object("quantity", c.quantity(), this::quantity);
    text("due", c.due().map(Object::toString));
    refs("sources", c.sources());
    g.writeEndObject();
  }

  private void quantity(Quantity q) {
    g.writeName("value");
    g.writeNumber(q.value().toString());
    text("unit", q.unit());
    text("qualifier", q.qualifier());
    text("per", q.per());
  }
}
