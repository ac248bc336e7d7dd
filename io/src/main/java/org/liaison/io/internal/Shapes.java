package org.liaison.io.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.liaison.io.internal.Shape.FieldReader;
import org.liaison.model.Activity;
import org.liaison.model.ActivityKind;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementKind;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Commitment;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
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
import org.liaison.model.Side;
import org.liaison.model.Signatory;
import org.liaison.model.Source;
import org.liaison.model.Term;

/** The shapes of format version 1: every field of every record and sub-record, in one table. */
final class Shapes {
  private Shapes() {}

  static final Vocabulary<InstitutionKind> INSTITUTION_KINDS =
      new Vocabulary<>("an institution kind", InstitutionKind.class);
  static final Vocabulary<NameKind> NAME_KINDS = new Vocabulary<>("a name kind", NameKind.class);
  static final Vocabulary<ActivityKind> ACTIVITY_KINDS =
      new Vocabulary<>("an activity kind", ActivityKind.class);
  static final Vocabulary<ParticipantRole> ROLES =
      new Vocabulary<>("a participant role", ParticipantRole.class);
  static final Vocabulary<AgreementKind> AGREEMENT_KINDS =
      new Vocabulary<>("an agreement kind", AgreementKind.class);
  static final Vocabulary<AgreementStatus> STATUSES =
      new Vocabulary<>("an agreement status", AgreementStatus.class);
  static final Vocabulary<Qualifier> QUALIFIERS =
      new Vocabulary<>("a quantity qualifier", Qualifier.class);
  static final Vocabulary<Period> PERIODS = new Vocabulary<>("a period", Period.class);

  // ---- field readers: a value reader and the builder method it feeds --------------------------

  static <B, V> FieldReader<B> field(Function<Binder, V> reader, BiConsumer<B, V> set) {
    return (binder, builder) -> {
      V v = reader.apply(binder);
      if (v == null) {
        return false;
      }
      set.accept(builder, v);
      return true;
    };
  }

  static <B, V> FieldReader<B> listOf(Function<Binder, V> element, BiConsumer<B, List<V>> set) {
    return field(b -> b.list(element), set);
  }

  static <B> FieldReader<B> text(BiConsumer<B, String> set) {
    return field(Binder::string, set);
  }

  static <B> FieldReader<B> strings(BiConsumer<B, Map<String, String>> set) {
    return field(Binder::stringMap, set);
  }

  static <B> FieldReader<B> sources(BiConsumer<B, List<org.liaison.model.Ref<Source>>> set) {
    return listOf(Binder::sourceRef, set);
  }

  static <B, E extends Enum<E>> FieldReader<B> oneOf(Vocabulary<E> v, BiConsumer<B, E> set) {
    return field(b -> b.enumValue(v), set);
  }

  // ---- parts ---------------------------------------------------------------------------------

  static final Shape<OtherName.Builder, OtherName> OTHER_NAME =
      new Shape<OtherName.Builder, OtherName>("name", OtherName::builder, OtherName.Builder::build)
          .required("name", text(OtherName.Builder::name))
          .optional("lang", text(OtherName.Builder::lang))
          .optional("kind", oneOf(NAME_KINDS, OtherName.Builder::kind));

  /** Other names: a bare string is an alias. */
  static OtherName otherName(Binder b) {
    if (b.token == Events.SCALAR) {
      String s = b.string();
      return s == null ? null : OtherName.of(s);
    }
    return b.object(OTHER_NAME);
  }

  static final Shape<Place.Builder, Place> PLACE =
      new Shape<Place.Builder, Place>("location", Place::builder, Place.Builder::build)
          .optional("city", text(Place.Builder::city))
          .optional("region", text(Place.Builder::region))
          .optional("country", text(Place.Builder::country))
          .optional("address", text(Place.Builder::address));

  static final Shape<Post.Builder, Post> POST =
      new Shape<Post.Builder, Post>("post", Post::builder, Post.Builder::build)
          .required("title", text(Post.Builder::title))
          .optional("institution", field(Binder::institutionRef, Post.Builder::institution))
          .optional("since", field(Binder::date, Post.Builder::since))
          .optional("until", field(Binder::date, Post.Builder::until))
          .optional("sources", sources(Post.Builder::sources));

  static final Shape<Participant.Builder, Participant> PARTICIPANT =
      new Shape<Participant.Builder, Participant>(
              "participant", Participant::builder, Participant.Builder::build)
          .required("person", field(Binder::personRef, Participant.Builder::person))
          .optional("role", oneOf(ROLES, Participant.Builder::role))
          .optional("title", text(Participant.Builder::title))
          .optional("onBehalfOf", field(Binder::institutionRef, Participant.Builder::onBehalfOf));

  static Participant participant(Binder b) {
    return b.refOrObject(Binder::personRef, Participant::of, PARTICIPANT);
  }

  static final Shape<Side.Builder, Side> SIDE =
      new Shape<Side.Builder, Side>("side", Side::builder, Side.Builder::build)
          .optional("institutions", listOf(Binder::institutionRef, Side.Builder::institutions))
          .optional("members", listOf(Shapes::participant, Side.Builder::members))
          .optional("organizations", field(Binder::count, Side.Builder::organizations))
          .optional("people", field(Binder::count, Side.Builder::people));

  static final Shape<Activity.Builder, Activity> ACTIVITY =
      new Shape<Activity.Builder, Activity>("activity", Activity::builder, Activity.Builder::build)
          .required("kind", oneOf(ACTIVITY_KINDS, Activity.Builder::kind))
          .optional("chair", field(Binder::personRef, Activity.Builder::chair))
          .optional("summary", text(Activity.Builder::summary));

  static final Shape<Party.Builder, Party> PARTY =
      new Shape<Party.Builder, Party>("party", Party::builder, Party.Builder::build)
          .required("institution", field(Binder::institutionRef, Party.Builder::institution))
          .optional("role", text(Party.Builder::role));

  static Party party(Binder b) {
    return b.refOrObject(Binder::institutionRef, Party::of, PARTY);
  }

  static final Shape<HistoryEntry.Builder, HistoryEntry> HISTORY_ENTRY =
      new Shape<HistoryEntry.Builder, HistoryEntry>(
              "history entry", HistoryEntry::builder, HistoryEntry.Builder::build)
          .required("status", oneOf(STATUSES, HistoryEntry.Builder::status))
          .required("date", field(Binder::date, HistoryEntry.Builder::date))
          .optional("delegation", field(Binder::delegationRef, HistoryEntry.Builder::delegation))
          .optional("note", text(HistoryEntry.Builder::note))
          .optional("sources", sources(HistoryEntry.Builder::sources));

  static final Shape<Signatory.Builder, Signatory> SIGNATORY =
      new Shape<Signatory.Builder, Signatory>("signatory", Signatory::builder, Signatory.Builder::build)
          .required("person", field(Binder::personRef, Signatory.Builder::person))
          .optional("onBehalfOf", field(Binder::institutionRef, Signatory.Builder::onBehalfOf))
          .optional("date", field(Binder::date, Signatory.Builder::date));

  static Signatory signatory(Binder b) {
    return b.refOrObject(Binder::personRef, Signatory::of, SIGNATORY);
  }

  static final Shape<Term.Builder, Term> TERM =
      new Shape<Term.Builder, Term>("term", Term::builder, Term.Builder::build)
          .optional("start", field(Binder::date, Term.Builder::start))
          .optional("end", field(Binder::date, Term.Builder::end));

  static final Shape<Quantity.Builder, Quantity> QUANTITY =
      new Shape<Quantity.Builder, Quantity>("quantity", Quantity::builder, Quantity.Builder::build)
          .required("value", field(Binder::decimal, Quantity.Builder::value))
          .optional("unit", text(Quantity.Builder::unit))
          .optional("qualifier", oneOf(QUALIFIERS, Quantity.Builder::qualifier))
          .optional("per", oneOf(PERIODS, Quantity.Builder::per));

  static final Shape<Commitment.Builder, Commitment> COMMITMENT =
      new Shape<Commitment.Builder, Commitment>(
              "commitment", Commitment::builder, Commitment.Builder::build)
          .optional("by", field(Binder::institutionRef, Commitment.Builder::by))
          .required("description", text(Commitment.Builder::description))
          .optional("quantity", field(b -> b.object(QUANTITY), Commitment.Builder::quantity))
          .optional("due", field(Binder::date, Commitment.Builder::due))
          .optional("sources", sources(Commitment.Builder::sources));

  // ---- records -------------------------------------------------------------------------------

  static final Shape<Institution.Builder, Institution> INSTITUTION =
      new Shape<Institution.Builder, Institution>(
              "institution", Institution::builder, Institution.Builder::build)
          .required("id", field(Binder::recordId, Institution.Builder::id))
          .required("name", text(Institution.Builder::name))
          .optional("names", listOf(Shapes::otherName, Institution.Builder::names))
          .required("kind", oneOf(INSTITUTION_KINDS, Institution.Builder::kind))
          .optional("parent", field(Binder::institutionRef, Institution.Builder::parent))
          .optional("location", field(b -> b.object(PLACE), Institution.Builder::location))
          .optional("identifiers", strings(Institution.Builder::identifiers))
          .optional("website", text(Institution.Builder::website))
          .optional("notes", text(Institution.Builder::notes))
          .optional("labels", strings(Institution.Builder::labels))
          .optional("sources", sources(Institution.Builder::sources));

  static final Shape<Person.Builder, Person> PERSON =
      new Shape<Person.Builder, Person>("person", Person::builder, Person.Builder::build)
          .required("id", field(Binder::recordId, Person.Builder::id))
          .required("name", text(Person.Builder::name))
          .optional("names", listOf(Shapes::otherName, Person.Builder::names))
          .optional("posts", listOf(b -> b.object(POST), Person.Builder::posts))
          .optional("notes", text(Person.Builder::notes))
          .optional("labels", strings(Person.Builder::labels))
          .optional("sources", sources(Person.Builder::sources));

  static final Shape<Delegation.Builder, Delegation> DELEGATION =
      new Shape<Delegation.Builder, Delegation>(
              "delegation", Delegation::builder, Delegation.Builder::build)
          .required("id", field(Binder::recordId, Delegation.Builder::id))
          .optional("title", text(Delegation.Builder::title))
          .required("date", field(Binder::date, Delegation.Builder::date))
          .optional("endDate", field(Binder::date, Delegation.Builder::endDate))
          .required("visiting", field(b -> b.object(SIDE), Delegation.Builder::visiting))
          .required("host", field(b -> b.object(SIDE), Delegation.Builder::host))
          .optional("location", field(b -> b.object(PLACE), Delegation.Builder::location))
          .optional("activities", listOf(b -> b.object(ACTIVITY), Delegation.Builder::activities))
          .optional("purpose", text(Delegation.Builder::purpose))
          .optional("outcome", text(Delegation.Builder::outcome))
          .optional("topics", listOf(Binder::string, Delegation.Builder::topics))
          .optional("fields", listOf(Binder::string, Delegation.Builder::fields))
          .optional("areas", listOf(Binder::area, Delegation.Builder::areas))
          .optional("notes", text(Delegation.Builder::notes))
          .optional("labels", strings(Delegation.Builder::labels))
          .optional("sources", sources(Delegation.Builder::sources));

  static final Shape<Agreement.Builder, Agreement> AGREEMENT =
      new Shape<Agreement.Builder, Agreement>(
              "agreement", Agreement::builder, Agreement.Builder::build)
          .required("id", field(Binder::recordId, Agreement.Builder::id))
          .required("title", text(Agreement.Builder::title))
          .required("kind", oneOf(AGREEMENT_KINDS, Agreement.Builder::kind))
          .required("status", oneOf(STATUSES, Agreement.Builder::status))
          .required("parties", listOf(Shapes::party, Agreement.Builder::parties))
          .optional("history", listOf(b -> b.object(HISTORY_ENTRY), Agreement.Builder::history))
          .optional("signedOn", field(Binder::date, Agreement.Builder::signedOn))
          .optional("signatories", listOf(Shapes::signatory, Agreement.Builder::signatories))
          .optional("term", field(b -> b.object(TERM), Agreement.Builder::term))
          .optional("establishes", listOf(Binder::institutionRef, Agreement.Builder::establishes))
          .optional("areas", listOf(Binder::area, Agreement.Builder::areas))
          .optional("commitments", listOf(b -> b.object(COMMITMENT), Agreement.Builder::commitments))
          .optional("summary", text(Agreement.Builder::summary))
          .optional("notes", text(Agreement.Builder::notes))
          .optional("labels", strings(Agreement.Builder::labels))
          .optional("sources", sources(Agreement.Builder::sources));

  static final Shape<Source.Builder, Source> SOURCE =
      new Shape<Source.Builder, Source>("source", Source::builder, Source.Builder::build)
          .required("id", field(Binder::recordId, Source.Builder::id))
          .optional("url", text(Source.Builder::url))
          .optional("title", text(Source.Builder::title))
          .optional("publisher", text(Source.Builder::publisher))
          .optional("published", field(Binder::date, Source.Builder::published))
          .optional("accessed", field(Binder::date, Source.Builder::accessed))
          .optional("lang", text(Source.Builder::lang))
          .optional("labels", strings(Source.Builder::labels))
          .requireOneOf("url", "title");
}
