package org.liaison.benchmarks;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The {@code naiveDatabind} baseline: plain Java records mirroring format v1, what a user would
 * bind JSON to with Jackson without Liaison. Dates, ids, references and enumerations are plain
 * strings; nothing is validated, located or indexed. The shorthand forms of the format (a bare
 * person id for a participant, a bare institution id for a party, a bare string for another name)
 * are read through single-string creators.
 */
final class Naive {
  private Naive() {}

  /** A whole document. */
  record Document(
      int liaison,
      List<Institution> institutions,
      List<Person> people,
      List<Delegation> delegations,
      List<Agreement> agreements,
      List<Source> sources) {}

  record Institution(
      String id,
      String name,
      List<OtherName> names,
      String kind,
      String parent,
      Place location,
      Map<String, String> identifiers,
      String website,
      String notes,
      Map<String, String> labels,
      List<String> sources) {}

  record OtherName(String name, String lang, String kind) {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    OtherName {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static OtherName of(String name) {
      return new OtherName(name, null, null);
    }
  }

  record Place(String city, String region, String country, String address) {}

  record Person(
      String id,
      String name,
      List<OtherName> names,
      List<Post> posts,
      String notes,
      Map<String, String> labels,
      List<String> sources) {}

  record Post(String title, String institution, String since, String until, List<String> sources) {}

  record Delegation(
      String id,
      String title,
      String date,
      String endDate,
      Side visiting,
      Side host,
      Place location,
      List<Activity> activities,
      String purpose,
      String outcome,
      List<String> topics,
      List<String> fields,
      List<String> areas,
      String notes,
      Map<String, String> labels,
      List<String> sources) {}

  record Side(
      List<String> institutions,
      List<Participant> members,
      Integer organizations,
      Integer people) {}

  record Participant(String person, String role, String title, String onBehalfOf) {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    Participant {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Participant of(String person) {
      return new Participant(person, null, null, null);
    }
  }

  record Activity(String kind, String chair, String summary) {}

  record Agreement(
      String id,
      String title,
      String kind,
      String status,
      List<Party> parties,
      List<HistoryEntry> history,
      String signedOn,
      List<Signatory> signatories,
      Term term,
      List<String> establishes,
      List<String> areas,
      List<Commitment> commitments,
      String summary,
      String notes,
      Map<String, String> labels,
      List<String> sources) {}

  record Party(String institution, String role) {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    Party {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Party of(String institution) {
      return new Party(institution, null);
    }
  }

  record HistoryEntry(
      String status, String date, String delegation, String note, List<String> sources) {}

  record Signatory(String person, String onBehalfOf, String date) {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    Signatory {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Signatory of(String person) {
      return new Signatory(person, null, null);
    }
  }

  record Term(String start, String end) {}

  record Commitment(
      String by, String description, Quantity quantity, String due, List<String> sources) {}

  record Quantity(BigDecimal value, String unit, String qualifier, String per) {}

  record Source(
      String id,
      String url,
      String title,
      String publisher,
      String published,
      String accessed,
      String lang,
      Map<String, String> labels) {}

  /** The number of records of a document. */
  static int size(Document d) {
    return count(d.institutions())
        + count(d.people())
        + count(d.delegations())
        + count(d.agreements())
        + count(d.sources());
  }

  private static int count(List<?> list) {
    return list == null ? 0 : list.size();
  }
}
