package org.liaison.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaison.model.Activity;
import org.liaison.model.ActivityKind;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementKind;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Commitment;
import org.liaison.model.Dataset;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.NameKind;
import org.liaison.model.OtherName;
import org.liaison.model.Participant;
import org.liaison.model.ParticipantRole;
import org.liaison.model.Party;
import org.liaison.model.Period;
import org.liaison.model.Person;
import org.liaison.model.Place;
import org.liaison.model.Post;
import org.liaison.model.Qualifier;
import org.liaison.model.Quantity;
import org.liaison.model.Ref;
import org.liaison.model.Side;
import org.liaison.model.Signatory;
import org.liaison.model.Source;
import org.liaison.model.Term;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random valid datasets for property tests, built with the model's builders: every record kind,
 * every optional field sometimes filled, references only to records of the right kind, ids unique,
 * and text of every kind ({@link RandomValues}). Drawn through QuickTheories, so a failing dataset
 * shrinks to a small one.
 */
final class RandomDatasets {
  private static final List<String> LANGS = List.of("en", "zh-Hans", "zh", "fr-CA", "x-test");
  private static final List<String> SCHEMES = List.of("ror", "wikidata", "uscc", "isni", "x-own");

  private RandomDatasets() {}

  /** Datasets of up to five records of each kind. */
  static Gen<Dataset> datasets() {
    Gen<Dataset> gen = in -> new Draw(in).dataset();
    return gen.describedAs(data -> DatasetWriter.yaml().writeString(data));
  }

  /** One draw of a dataset: the randomness and the ids handed out so far, by kind. */
  private static final class Draw extends RandomValues {
    private final Set<String> used = new HashSet<>();
    private final List<Id> institutions = new ArrayList<>();
    private final List<Id> people = new ArrayList<>();
    private final List<Id> delegations = new ArrayList<>();
    private final List<Id> sources = new ArrayList<>();

    Draw(RandomnessSource in) {
      super(in);
    }

    Dataset dataset() {
      ids(institutions, between(0, 5));
      ids(people, between(0, 4));
      ids(delegations, between(0, 3));
      List<Id> agreements = new ArrayList<>();
      ids(agreements, institutions.isEmpty() ? 0 : between(0, 3));
      ids(sources, between(0, 3));
      List<LiaisonRecord> records = new ArrayList<>();
      institutions.forEach(id -> records.add(institution(id)));
      people.forEach(id -> records.add(person(id)));
      delegations.forEach(id -> records.add(delegation(id)));
      agreements.forEach(id -> records.add(agreement(id)));
      sources.forEach(id -> records.add(source(id)));
      return Dataset.of(records);
    }

    // ---- records -------------------------------------------------------------------------------

    Institution institution(Id id) {
      Institution.Builder b = Institution.builder();
      b.id(id).name(text()).names(list(2, this::otherName)).kind(pick(InstitutionKind.values()));
      maybe(() -> Ref.institution(pick(institutions))).ifPresent(b::parent);
      maybe(this::place).ifPresent(b::location);
      b.identifiers(map(2, this::scheme, this::text));
      maybe(this::text).ifPresent(b::website);
      maybe(this::text).ifPresent(b::notes);
      return b.labels(labels()).sources(sourceRefs()).build();
    }

    Person person(Id id) {
      Person.Builder b = Person.builder().id(id).name(text()).names(list(2, this::otherName));
      b.posts(list(2, this::post));
      maybe(this::text).ifPresent(b::notes);
      return b.labels(labels()).sources(sourceRefs()).build();
    }

    Delegation delegation(Id id) {
      Delegation.Builder b = Delegation.builder().id(id).date(date());
      maybe(this::text).ifPresent(b::title);
      maybe(this::date).ifPresent(b::endDate);
      b.visiting(side()).host(side());
      maybe(this::place).ifPresent(b::location);
      b.activities(list(2, this::activity));
      maybe(this::text).ifPresent(b::purpose);
      maybe(this::text).ifPresent(b::outcome);
      b.topics(list(2, this::text)).fields(list(2, this::text)).areas(list(3, this::area));
      maybe(this::text).ifPresent(b::notes);
      return b.labels(labels()).sources(sourceRefs()).build();
    }

    Agreement agreement(Id id) {
      Agreement.Builder b =
          Agreement.builder()
              .id(id)
              .title(text())
              .kind(pick(AgreementKind.values()))
              .status(pick(AgreementStatus.values()));
      b.parties(list(1, 3, this::party)).history(list(2, this::historyEntry));
      maybe(this::date).ifPresent(b::signedOn);
      b.signatories(list(2, this::signatory));
      maybe(this::term).ifPresent(b::term);
      b.establishes(list(2, this::institutionRef)).areas(list(2, this::area));
      b.commitments(list(2, this::commitment));
      maybe(this::text).ifPresent(b::summary);
      maybe(this::text).ifPresent(b::notes);
      return b.labels(labels()).sources(sourceRefs()).build();
    }

    Source source(Id id) {
      Source.Builder b = Source.builder().id(id);
      switch (between(0, 2)) {
        case 0 -> b.url(text());
        case 1 -> b.title(text());
        default -> b.url(text()).title(text());
      }
      maybe(this::text).ifPresent(b::publisher);
      maybe(this::date).ifPresent(b::published);
      maybe(this::date).ifPresent(b::accessed);
      maybe(() -> pick(LANGS.toArray(String[]::new))).ifPresent(b::lang);
      return b.labels(labels()).build();
    }

    // ---- parts ---------------------------------------------------------------------------------

    OtherName otherName() {
      if (flip()) {
        return OtherName.of(text());
      }
      OtherName.Builder b = OtherName.builder().name(text());
      maybe(() -> pick(LANGS.toArray(String[]::new))).ifPresent(b::lang);
      maybe(() -> pick(NameKind.values())).ifPresent(b::kind);
      return b.build();
    }

    Place place() {
      Place.Builder b = Place.builder();
      maybe(this::text).ifPresent(b::city);
      maybe(this::text).ifPresent(b::region);
      maybe(() -> pick(new String[] {"CN", "DE", "US", "zz"})).ifPresent(b::country);
      maybe(this::text).ifPresent(b::address);
      return b.build();
    }

    Post post() {
      Post.Builder b = Post.builder().title(text());
      maybe(this::institutionRef).ifPresent(b::institution);
      maybe(this::date).ifPresent(b::since);
      maybe(this::date).ifPresent(b::until);
      return b.sources(sourceRefs()).build();
    }

    Side side() {
      Side.Builder b = Side.builder().institutions(list(2, this::institutionRef));
      b.members(list(2, this::participant));
      maybe(this::count).ifPresent(b::organizations);
      maybe(this::count).ifPresent(b::people);
      return b.build();
    }

    Participant participant() {
      Ref<Person> person = Ref.person(pick(people));
      if (flip()) {
        return Participant.of(person);
      }
      Participant.Builder b = Participant.builder().person(person);
      maybe(() -> pick(ParticipantRole.values())).ifPresent(b::role);
      maybe(this::text).ifPresent(b::title);
      maybe(this::institutionRef).ifPresent(b::onBehalfOf);
      return b.build();
    }

    Activity activity() {
      Activity.Builder b = Activity.builder().kind(pick(ActivityKind.values()));
      maybe(() -> Ref.person(pick(people))).ifPresent(b::chair);
      maybe(this::text).ifPresent(b::summary);
      return b.build();
    }

    Party party() {
      Ref<Institution> institution = Ref.institution(pick(institutions));
      return flip()
          ? Party.of(institution)
          : Party.builder().institution(institution).role(text()).build();
    }

    HistoryEntry historyEntry() {
      HistoryEntry.Builder b =
          HistoryEntry.builder().status(pick(AgreementStatus.values())).date(date());
      maybe(() -> Ref.delegation(pick(delegations))).ifPresent(b::delegation);
      maybe(this::text).ifPresent(b::note);
      return b.sources(sourceRefs()).build();
    }

    Signatory signatory() {
      Ref<Person> person = Ref.person(pick(people));
      if (flip()) {
        return Signatory.of(person);
      }
      Signatory.Builder b = Signatory.builder().person(person);
      maybe(this::institutionRef).ifPresent(b::onBehalfOf);
      maybe(this::date).ifPresent(b::date);
      return b.build();
    }

    Term term() {
      Term.Builder b = Term.builder();
      maybe(this::date).ifPresent(b::start);
      maybe(this::date).ifPresent(b::end);
      return b.build();
    }

    Commitment commitment() {
      Commitment.Builder b = Commitment.builder().description(text());
      maybe(this::institutionRef).ifPresent(b::by);
      maybe(this::quantity).ifPresent(b::quantity);
      maybe(this::date).ifPresent(b::due);
      return b.sources(sourceRefs()).build();
    }

    Quantity quantity() {
      Quantity.Builder b = Quantity.builder().value(decimal());
      maybe(this::text).ifPresent(b::unit);
      maybe(() -> pick(Qualifier.values())).ifPresent(b::qualifier);
      maybe(() -> pick(Period.values())).ifPresent(b::per);
      return b.build();
    }

    // ---- references and maps -------------------------------------------------------------------

    Ref<Institution> institutionRef() {
      return Ref.institution(pick(institutions));
    }

    List<Ref<Source>> sourceRefs() {
      return sources.isEmpty() ? List.of() : list(2, () -> Ref.source(pick(sources)));
    }

    Map<String, String> labels() {
      return map(3, this::key, this::text);
    }

    String scheme() {
      return flip() ? pick(SCHEMES.toArray(String[]::new)) : key();
    }

    // ---- ids -----------------------------------------------------------------------------------

    void ids(List<Id> into, int n) {
      for (int i = 0; i < n; i++) {
        String id = idText();
        while (!used.add(id)) {
          id = id.length() < 95 ? id + "." + i : "x" + used.size();
        }
        into.add(Id.of(id));
      }
    }
  }
}
