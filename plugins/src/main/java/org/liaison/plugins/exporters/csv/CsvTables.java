package org.liaison.plugins.exporters.csv;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.liaison.model.Activity;
import org.liaison.model.Agreement;
import org.liaison.model.Commitment;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.OtherName;
import org.liaison.model.Participant;
import org.liaison.model.Person;
import org.liaison.model.Place;
import org.liaison.model.Post;
import org.liaison.model.Quantity;
import org.liaison.model.Side;
import org.liaison.model.Signatory;
import org.liaison.model.Source;

/**
 * The tables of the {@code csv} export: one per record kind, then one per list inside records (link
 * tables), so that every fact of the dataset is in a cell. A link table names its record by id and
 * keeps the list's order in an {@code index} column (0-based, as in JSON Pointers). Column names
 * are the format's field names, nested ones with dots ({@code location.city}).
 */
final class CsvTables {
  private CsvTables() {}

  /** Fills a table from a dataset. */
  @FunctionalInterface
  interface Filler {
    void fill(Dataset data, CsvTable table) throws IOException;
  }

  /** A table: its file name, its header and how its rows are made. */
  record Table(String file, List<String> header, Filler filler) {}

  private static final List<String> PLACE =
      List.of("location.city", "location.region", "location.country", "location.address");

  /** All tables, in the order written. */
  static final List<Table> ALL =
      List.of(
          new Table(
              "institutions.csv",
              cols(List.of("id", "name", "kind", "parent"), PLACE, List.of("website", "notes")),
              CsvTables::institutions),
          new Table(
              "people.csv",
              List.of("id", "name", "notes"),
              (d, t) -> {
                for (Person p : d.people()) {
                  t.row(p.id(), p.name(), p.notes());
                }
              }),
          new Table(
              "delegations.csv",
              cols(
                  List.of(
                      "id",
                      "title",
                      "date",
                      "endDate",
                      "visiting.organizations",
                      "visiting.people",
                      "host.organizations",
                      "host.people"),
                  PLACE,
                  List.of("purpose", "outcome", "notes")),
              CsvTables::delegations),
          new Table(
              "agreements.csv",
              List.of(
                  "id",
                  "title",
                  "kind",
                  "status",
                  "signedOn",
                  "term.start",
                  "term.end",
                  "summary",
                  "notes"),
              (d, t) -> {
                for (Agreement a : d.agreements()) {
                  t.row(
                      a.id(),
                      a.title(),
                      a.kind(),
                      a.status(),
                      a.signedOn(),
                      a.term().flatMap(x -> x.start()),
                      a.term().flatMap(x -> x.end()),
                      a.summary(),
                      a.notes());
                }
              }),
          new Table(
              "sources.csv",
              List.of("id", "url", "title", "publisher", "published", "accessed", "lang"),
              (d, t) -> {
                for (Source s : d.sources()) {
                  t.row(
                      s.id(),
                      s.url(),
                      s.title(),
                      s.publisher(),
                      s.published(),
                      s.accessed(),
                      s.lang());
                }
              }),
          new Table(
              "names.csv", List.of("record", "index", "name", "lang", "kind"), CsvTables::names),
          new Table(
              "identifiers.csv",
              List.of("institution", "scheme", "value"),
              (d, t) -> {
                for (Institution i : d.institutions()) {
                  for (Map.Entry<String, String> e : i.identifiers().entrySet()) {
                    t.row(i.id(), e.getKey(), e.getValue());
                  }
                }
              }),
          new Table(
              "posts.csv",
              List.of("person", "index", "title", "institution", "since", "until"),
              (d, t) -> {
                for (Person p : d.people()) {
                  for (int k = 0; k < p.posts().size(); k++) {
                    Post post = p.posts().get(k);
                    t.row(p.id(), k, post.title(), post.institution(), post.since(), post.until());
                  }
                }
              }),
          new Table(
              "sides.csv",
              List.of("delegation", "side", "index", "institution"),
              (d, t) -> {
                for (Delegation v : d.delegations()) {
                  side(t, v, "visiting", v.visiting());
                  side(t, v, "host", v.host());
                }
              }),
          new Table(
              "participants.csv",
              List.of("delegation", "side", "index", "person", "role", "title", "onBehalfOf"),
              (d, t) -> {
                for (Delegation v : d.delegations()) {
                  participants(t, v, "visiting", v.visiting());
                  participants(t, v, "host", v.host());
                }
              }),
          new Table(
              "activities.csv",
              List.of("delegation", "index", "kind", "chair", "summary"),
              (d, t) -> {
                for (Delegation v : d.delegations()) {
                  for (int k = 0; k < v.activities().size(); k++) {
                    Activity a = v.activities().get(k);
                    t.row(v.id(), k, a.kind(), a.chair(), a.summary());
                  }
                }
              }),
          new Table(
              "topics.csv",
              List.of("delegation", "index", "topic"),
              (d, t) -> strings(t, d, Delegation::topics)),
          new Table(
              "fields.csv",
              List.of("delegation", "index", "field"),
              (d, t) -> strings(t, d, Delegation::fields)),
          new Table("areas.csv", List.of("record", "index", "area"), CsvTables::areas),
          new Table(
              "parties.csv",
              List.of("agreement", "index", "institution", "role"),
              (d, t) -> {
                for (Agreement a : d.agreements()) {
                  for (int k = 0; k < a.parties().size(); k++) {
                    t.row(a.id(), k, a.parties().get(k).institution(), a.parties().get(k).role());
                  }
                }
              }),
          new Table(
              "history.csv",
              List.of("agreement", "index", "status", "date", "delegation", "note"),
              (d, t) -> {
                for (Agreement a : d.agreements()) {
                  for (int k = 0; k < a.history().size(); k++) {
                    HistoryEntry h = a.history().get(k);
                    t.row(a.id(), k, h.status(), h.date(), h.delegation(), h.note());
                  }
                }
              }),
          new Table(
              "signatories.csv",
              List.of("agreement", "index", "person", "onBehalfOf", "date"),
              (d, t) -> {
                for (Agreement a : d.agreements()) {
                  for (int k = 0; k < a.signatories().size(); k++) {
                    Signatory s = a.signatories().get(k);
                    t.row(a.id(), k, s.person(), s.onBehalfOf(), s.date());
                  }
                }
              }),
          new Table(
              "establishes.csv",
              List.of("agreement", "index", "institution"),
              (d, t) -> {
                for (Agreement a : d.agreements()) {
                  for (int k = 0; k < a.establishes().size(); k++) {
                    t.row(a.id(), k, a.establishes().get(k));
                  }
                }
              }),
          new Table(
              "commitments.csv",
              List.of(
                  "agreement",
                  "index",
                  "by",
                  "description",
                  "quantity.value",
                  "quantity.unit",
                  "quantity.qualifier",
                  "quantity.per",
                  "due"),
              CsvTables::commitments),
          new Table(
              "citations.csv", List.of("record", "path", "index", "source"), CsvTables::citations),
          new Table(
              "labels.csv",
              List.of("record", "key", "value"),
              (d, t) -> {
                for (LiaisonRecord r : records(d)) {
                  for (Map.Entry<String, String> e : r.labels().entrySet()) {
                    t.row(r.id(), e.getKey(), e.getValue());
                  }
                }
              }));

  /** The columns of a record kind: its own, then its place, then the rest. */
  private static List<String> cols(List<String> first, List<String> place, List<String> last) {
    return Stream.of(first, place, last).flatMap(List::stream).toList();
  }

  /** Every record: institutions, people, delegations, agreements, sources, each in order read. */
  static List<LiaisonRecord> records(Dataset d) {
    return Stream.of(d.institutions(), d.people(), d.delegations(), d.agreements(), d.sources())
        .flatMap(List::stream)
        .map(LiaisonRecord.class::cast)
        .toList();
  }

  private static Object[] place(Optional<Place> p) {
    return new Object[] {
      p.flatMap(Place::city),
      p.flatMap(Place::region),
      p.flatMap(Place::country),
      p.flatMap(Place::address)
    };
  }

  private static Object[] concat(Object[]... parts) {
    return Stream.of(parts).flatMap(Stream::of).toArray();
  }

  private static void institutions(Dataset d, CsvTable t) throws IOException {
    for (Institution i : d.institutions()) {
      t.row(
          concat(
              new Object[] {i.id(), i.name(), i.kind(), i.parent()},
              place(i.location()),
              new Object[] {i.website(), i.notes()}));
    }
  }

  private static void delegations(Dataset d, CsvTable t) throws IOException {
    for (Delegation v : d.delegations()) {
      t.row(
          concat(
              new Object[] {
                v.id(),
                v.title(),
                v.date(),
                v.endDate(),
                v.visiting().organizations(),
                v.visiting().people(),
                v.host().organizations(),
                v.host().people()
              },
              place(v.location()),
              new Object[] {v.purpose(), v.outcome(), v.notes()}));
    }
  }

  private static void names(Dataset d, CsvTable t) throws IOException {
    for (Institution i : d.institutions()) {
      names(t, i, i.names());
    }
    for (Person p : d.people()) {
      names(t, p, p.names());
    }
  }

  private static void names(CsvTable t, LiaisonRecord r, List<OtherName> names) throws IOException {
    for (int k = 0; k < names.size(); k++) {
      t.row(r.id(), k, names.get(k).name(), names.get(k).lang(), names.get(k).kind());
    }
  }

  private static void side(CsvTable t, Delegation v, String name, Side side) throws IOException {
    for (int k = 0; k < side.institutions().size(); k++) {
      t.row(v.id(), name, k, side.institutions().get(k));
    }
  }

  private static void participants(CsvTable t, Delegation v, String name, Side side)
      throws IOException {
    for (int k = 0; k < side.members().size(); k++) {
      Participant p = side.members().get(k);
      t.row(v.id(), name, k, p.person(), p.role(), p.title(), p.onBehalfOf());
    }
  }

  private static void strings(CsvTable t, Dataset d, Function<Delegation, List<String>> list)
      throws IOException {
    for (Delegation v : d.delegations()) {
      for (int k = 0; k < list.apply(v).size(); k++) {
        t.row(v.id(), k, list.apply(v).get(k));
      }
    }
  }

  private static void areas(Dataset d, CsvTable t) throws IOException {
    for (Delegation v : d.delegations()) {
      for (int k = 0; k < v.areas().size(); k++) {
        t.row(v.id(), k, v.areas().get(k));
      }
    }
    for (Agreement a : d.agreements()) {
      for (int k = 0; k < a.areas().size(); k++) {
        t.row(a.id(), k, a.areas().get(k));
      }
    }
  }

  private static void commitments(Dataset d, CsvTable t) throws IOException {
    for (Agreement a : d.agreements()) {
      for (int k = 0; k < a.commitments().size(); k++) {
        Commitment c = a.commitments().get(k);
        Optional<Quantity> q = c.quantity();
        t.row(
            a.id(),
            k,
            c.by(),
            c.description(),
            q.map(Quantity::value),
            q.flatMap(Quantity::unit),
            q.flatMap(Quantity::qualifier),
            q.flatMap(Quantity::per),
            c.due());
      }
    }
  }

  private static void citations(Dataset d, CsvTable t) throws IOException {
    for (Institution i : d.institutions()) {
      CsvExporter.cite(t, i, "", i.sources());
    }
    for (Person p : d.people()) {
      CsvExporter.cite(t, p, "", p.sources());
      CsvExporter.each(t, p, "/posts/", p.posts());
    }
    for (Delegation v : d.delegations()) {
      CsvExporter.cite(t, v, "", v.sources());
    }
    for (Agreement a : d.agreements()) {
      CsvExporter.cite(t, a, "", a.sources());
      CsvExporter.each(t, a, "/history/", a.history());
      CsvExporter.each(t, a, "/commitments/", a.commitments());
    }
  }
}
