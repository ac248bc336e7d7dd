package org.liaison.io.binding;

import static org.liaison.io.binding.Fields.ACTIVITY_KINDS;
import static org.liaison.io.binding.Fields.AGREEMENT_KINDS;
import static org.liaison.io.binding.Fields.DELEGATION;
import static org.liaison.io.binding.Fields.INSTITUTION;
import static org.liaison.io.binding.Fields.INSTITUTION_KINDS;
import static org.liaison.io.binding.Fields.NAME_KINDS;
import static org.liaison.io.binding.Fields.PERIODS;
import static org.liaison.io.binding.Fields.PERSON;
import static org.liaison.io.binding.Fields.QUALIFIERS;
import static org.liaison.io.binding.Fields.ROLES;
import static org.liaison.io.binding.Fields.STATUSES;
import static org.liaison.io.binding.Fields.date;
import static org.liaison.io.binding.Fields.field;
import static org.liaison.io.binding.Fields.listOf;
import static org.liaison.io.binding.Fields.sources;
import static org.liaison.io.binding.Fields.text;

import java.util.List;
import org.liaison.io.tokens.TokenStream;
import org.liaison.model.Activity;
import org.liaison.model.Agreement;
import org.liaison.model.Commitment;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
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

/**
 * Format version 1, as one table: every field of every record and sub-record, whether it is
 * required, how it is read and what it means. The reader reads by it; {@code liaison schema} writes
 * the JSON Schema from it.
 */
public final class Shapes {
  private Shapes() {}

  private static final String SOURCES = "The sources these facts come from, by id.";
  private static final String NOTES = "Free-text notes.";
  private static final String LABELS = "Free-form string labels: the format's extension point.";

  // ---- parts ---------------------------------------------------------------------------------

  static final Shape<OtherName.Builder, OtherName> OTHER_NAME =
      new Shape<>(
              "other name",
              "Another name; a bare string is an alias.",
              OtherName::builder,
              OtherName.Builder::clear,
              OtherName.Builder::build)
          .required("name", text(OtherName.Builder::name), "The name.")
          .optional(
              "lang",
              text(OtherName.Builder::lang),
              "Its language, a BCP 47 tag with script subtags (zh-Hans).")
          .optional(
              "kind",
              field(Element.oneOf(NAME_KINDS), OtherName.Builder::kind),
              "What the name is; alias when not written.");

  static final Element<OtherName> OTHER_NAME_ITEM =
      Element.shortOrObject(
          b -> {
            if (b.token == TokenStream.SCALAR) {
              String s = b.string();
              return s == null ? null : OtherName.of(s);
            }
            return b.object(OTHER_NAME);
          },
          Element.TEXT,
          OTHER_NAME);

  static final Shape<Place.Builder, Place> PLACE =
      new Shape<>(
              "location",
              "A geographic location; every part is optional.",
              Place::builder,
              Place.Builder::clear,
              Place.Builder::build)
          .optional("city", text(Place.Builder::city), "The city.")
          .optional("region", text(Place.Builder::region), "The region, province or state.")
          .optional(
              "country",
              text(Place.Builder::country),
              "The country, as an ISO 3166-1 alpha-2 code (CN).")
          .optional("address", text(Place.Builder::address), "The street address.");

  static final Shape<Post.Builder, Post> POST =
      new Shape<>(
              "post",
              "A post a person holds, usually at an institution.",
              Post::builder,
              Post.Builder::clear,
              Post.Builder::build)
          .required("title", text(Post.Builder::title), "The title (Dean, Party Secretary).")
          .optional(
              "institution",
              field(INSTITUTION, Post.Builder::institution),
              "Where the post is held.")
          .optional("since", date(Post.Builder::since), "When the person took the post.")
          .optional("until", date(Post.Builder::until), "When the person left it.")
          .optional("sources", sources(Post.Builder::sources), SOURCES);

  static final Shape<Participant.Builder, Participant> PARTICIPANT =
      new Shape<>(
              "participant",
              "A person on one side of a delegation; a bare id is a person" + " with no role.",
              Participant::builder,
              Participant.Builder::clear,
              Participant.Builder::build)
          .required("person", field(PERSON, Participant.Builder::person), "The person.")
          .optional(
              "role",
              field(Element.oneOf(ROLES), Participant.Builder::role),
              "The role played on this visit.")
          .optional(
              "title",
              text(Participant.Builder::title),
              "The title under which the person appears here.")
          .optional(
              "onBehalfOf",
              field(INSTITUTION, Participant.Builder::onBehalfOf),
              "The institution the person represents on this visit.");

  static final Element<Participant> PARTICIPANT_ITEM =
      Element.shortOrObject(
          b -> b.refOrObject(Binder::personRef, Participant::of, PARTICIPANT), PERSON, PARTICIPANT);

  static final Shape<Side.Builder, Side> SIDE =
      new Shape<>(
              "side",
              "Who came, or who received them.",
              Side::builder,
              Side.Builder::clear,
              Side.Builder::build)
          .optional(
              "institutions",
              listOf(INSTITUTION, Side.Builder::institutions),
              "The institutions on this side.")
          .optional(
              "members",
              listOf(PARTICIPANT_ITEM, Side.Builder::members),
              "The people on this side whom the source names.")
          .optional(
              "organizations",
              field(Element.COUNT, Side.Builder::organizations),
              "How many organizations took part, where the source names only some.")
          .optional(
              "people",
              field(Element.COUNT, Side.Builder::people),
              "How many people took part, where the source names only some.");

  static final Shape<Activity.Builder, Activity> ACTIVITY =
      new Shape<>(
              "activity",
              "Something that happened during a visit.",
              Activity::builder,
              Activity.Builder::clear,
              Activity.Builder::build)
          .required(
              "kind",
              field(Element.oneOf(ACTIVITY_KINDS), Activity.Builder::kind),
              "What kind of activity.")
          .optional("chair", field(PERSON, Activity.Builder::chair), "Who chaired it.")
          .optional("summary", text(Activity.Builder::summary), "What happened.");

  static final Shape<Party.Builder, Party> PARTY =
      new Shape<>(
              "party",
              "An institution party to an agreement; a bare id is a party with no" + " role.",
              Party::builder,
              Party.Builder::clear,
              Party.Builder::build)
          .required(
              "institution", field(INSTITUTION, Party.Builder::institution), "The institution.")
          .optional("role", text(Party.Builder::role), "Its role in the agreement.");

  static final Element<Party> PARTY_ITEM =
      Element.shortOrObject(
          b -> b.refOrObject(Binder::institutionRef, Party::of, PARTY), INSTITUTION, PARTY);

  static final Shape<HistoryEntry.Builder, HistoryEntry> HISTORY_ENTRY =
      new Shape<>(
              "history entry",
              "A status an agreement reached, and when.",
              HistoryEntry::builder,
              HistoryEntry.Builder::clear,
              HistoryEntry.Builder::build)
          .required(
              "status",
              field(Element.oneOf(STATUSES), HistoryEntry.Builder::status),
              "The status reached.")
          .required("date", date(HistoryEntry.Builder::date), "When it was reached.")
          .optional(
              "delegation",
              field(DELEGATION, HistoryEntry.Builder::delegation),
              "The visit during which it was reached.")
          .optional("note", text(HistoryEntry.Builder::note), "A note on this step.")
          .optional("sources", sources(HistoryEntry.Builder::sources), SOURCES);

  static final Shape<Signatory.Builder, Signatory> SIGNATORY =
      new Shape<>(
              "signatory",
              "A person who signed; a bare id is a signatory with nothing" + " more to say.",
              Signatory::builder,
              Signatory.Builder::clear,
              Signatory.Builder::build)
          .required("person", field(PERSON, Signatory.Builder::person), "The person.")
          .optional(
              "onBehalfOf",
              field(INSTITUTION, Signatory.Builder::onBehalfOf),
              "The institution they signed for.")
          .optional("date", date(Signatory.Builder::date), "When they signed.");

  static final Element<Signatory> SIGNATORY_ITEM =
      Element.shortOrObject(
          b -> b.refOrObject(Binder::personRef, Signatory::of, SIGNATORY), PERSON, SIGNATORY);

  static final Shape<Term.Builder, Term> TERM =
      new Shape<>(
              "term",
              "When an agreement is in force.",
              Term::builder,
              Term.Builder::clear,
              Term.Builder::build)
          .optional("start", date(Term.Builder::start), "The first day in force.")
          .optional("end", date(Term.Builder::end), "The last day in force.");

  static final Shape<Quantity.Builder, Quantity> QUANTITY =
      new Shape<>(
              "quantity",
              "A counted amount.",
              Quantity::builder,
              Quantity.Builder::clear,
              Quantity.Builder::build)
          .required("value", field(Element.NUMBER, Quantity.Builder::value), "The number.")
          .optional("unit", text(Quantity.Builder::unit), "What is counted (jobs).")
          .optional(
              "qualifier",
              field(Element.oneOf(QUALIFIERS), Quantity.Builder::qualifier),
              "How exact the value is.")
          .optional(
              "per",
              field(Element.oneOf(PERIODS), Quantity.Builder::per),
              "The period the value is counted per.");

  static final Shape<Commitment.Builder, Commitment> COMMITMENT =
      new Shape<>(
              "commitment",
              "Something a party committed to do.",
              Commitment::builder,
              Commitment.Builder::clear,
              Commitment.Builder::build)
          .optional("by", field(INSTITUTION, Commitment.Builder::by), "Who committed.")
          .required("description", text(Commitment.Builder::description), "What was committed.")
          .optional(
              "quantity",
              field(Element.object(QUANTITY), Commitment.Builder::quantity),
              "How much, where it is counted.")
          .optional("due", date(Commitment.Builder::due), "When it is due.")
          .optional("sources", sources(Commitment.Builder::sources), SOURCES);

  // ---- records -------------------------------------------------------------------------------

  static final Shape<Institution.Builder, Institution> INSTITUTION_RECORD =
      new Shape<>(
              "institution",
              "Anything that cooperates: a university, school, office,"
                  + " enterprise, agency, association, park or committee.",
              Institution::builder,
              Institution.Builder::clear,
              Institution.Builder::build)
          .required("id", field(Element.ID, Institution.Builder::id), "The record's id.")
          .required("name", text(Institution.Builder::name), "The primary name.")
          .optional(
              "names",
              listOf(OTHER_NAME_ITEM, Institution.Builder::names),
              "Other names: aliases, acronyms, translations, former or official names.")
          .required(
              "kind",
              field(Element.oneOf(INSTITUTION_KINDS), Institution.Builder::kind),
              "What kind of institution.")
          .optional(
              "parent",
              field(INSTITUTION, Institution.Builder::parent),
              "The institution this one is part of.")
          .optional(
              "location",
              field(Element.object(PLACE), Institution.Builder::location),
              "Where it is.")
          .optional(
              "identifiers",
              field(Element.STRINGS, Institution.Builder::identifiers),
              "External identifiers by scheme: ror, wikidata, uscc, isni; others kept.")
          .optional("website", text(Institution.Builder::website), "Its website URL.")
          .optional("notes", text(Institution.Builder::notes), NOTES)
          .optional("labels", field(Element.STRINGS, Institution.Builder::labels), LABELS)
          .optional("sources", sources(Institution.Builder::sources), SOURCES);

  static final Shape<Person.Builder, Person> PERSON_RECORD =
      new Shape<>(
              "person",
              "A person who represents institutions.",
              Person::builder,
              Person.Builder::clear,
              Person.Builder::build)
          .required("id", field(Element.ID, Person.Builder::id), "The record's id.")
          .required("name", text(Person.Builder::name), "The name as most often written.")
          .optional("names", listOf(OTHER_NAME_ITEM, Person.Builder::names), "Other names.")
          .optional(
              "posts",
              listOf(Element.object(POST), Person.Builder::posts),
              "Posts held, several at once if need be.")
          .optional("notes", text(Person.Builder::notes), NOTES)
          .optional("labels", field(Element.STRINGS, Person.Builder::labels), LABELS)
          .optional("sources", sources(Person.Builder::sources), SOURCES);

  static final Shape<Delegation.Builder, Delegation> DELEGATION_RECORD =
      new Shape<>(
              "delegation",
              "A visit by people from one or more institutions to a host.",
              Delegation::builder,
              Delegation.Builder::clear,
              Delegation.Builder::build)
          .required("id", field(Element.ID, Delegation.Builder::id), "The record's id.")
          .optional("title", text(Delegation.Builder::title), "A short title of the visit.")
          .required("date", date(Delegation.Builder::date), "When the visit took place, or began.")
          .optional(
              "endDate",
              date(Delegation.Builder::endDate),
              "The last day of a visit over several days.")
          .required(
              "visiting", field(Element.object(SIDE), Delegation.Builder::visiting), "Who came.")
          .required(
              "host", field(Element.object(SIDE), Delegation.Builder::host), "Who received them.")
          .optional(
              "location",
              field(Element.object(PLACE), Delegation.Builder::location),
              "Where the visit took place.")
          .optional(
              "activities",
              listOf(Element.object(ACTIVITY), Delegation.Builder::activities),
              "What happened during the visit.")
          .optional("purpose", text(Delegation.Builder::purpose), "Why the visit was made.")
          .optional("outcome", text(Delegation.Builder::outcome), "What came of it.")
          .optional(
              "topics", listOf(Element.TEXT, Delegation.Builder::topics), "What was discussed.")
          .optional(
              "fields",
              listOf(Element.TEXT, Delegation.Builder::fields),
              "Industries or disciplines concerned (drone logistics).")
          .optional(
              "areas",
              listOf(Element.AREA, Delegation.Builder::areas),
              "Cooperation areas concerned.")
          .optional("notes", text(Delegation.Builder::notes), NOTES)
          .optional("labels", field(Element.STRINGS, Delegation.Builder::labels), LABELS)
          .optional("sources", sources(Delegation.Builder::sources), SOURCES);

  static final Shape<Agreement.Builder, Agreement> AGREEMENT_RECORD =
      new Shape<>(
              "agreement",
              "An agreement between institutions, from a first idea to its end.",
              Agreement::builder,
              Agreement.Builder::clear,
              Agreement.Builder::build)
          .required("id", field(Element.ID, Agreement.Builder::id), "The record's id.")
          .required("title", text(Agreement.Builder::title), "The agreement's title.")
          .required(
              "kind",
              field(Element.oneOf(AGREEMENT_KINDS), Agreement.Builder::kind),
              "What kind of agreement.")
          .required(
              "status",
              field(Element.oneOf(STATUSES), Agreement.Builder::status),
              "Where it stands now.")
          .required(
              "parties",
              listOf(PARTY_ITEM, Agreement.Builder::parties),
              "The institutions party to it: at least two.")
          .optional(
              "history",
              listOf(Element.object(HISTORY_ENTRY), Agreement.Builder::history),
              "How its status changed, in chronological order; the last status equals `status`.")
          .optional("signedOn", date(Agreement.Builder::signedOn), "When it was signed.")
          .optional(
              "signatories",
              listOf(SIGNATORY_ITEM, Agreement.Builder::signatories),
              "The people who signed.")
          .optional(
              "term", field(Element.object(TERM), Agreement.Builder::term), "When it is in force.")
          .optional(
              "establishes",
              listOf(INSTITUTION, Agreement.Builder::establishes),
              "Institutions it creates (a co-built base, a joint college).")
          .optional(
              "areas",
              listOf(Element.AREA, Agreement.Builder::areas),
              "Cooperation areas concerned.")
          .optional(
              "commitments",
              listOf(Element.object(COMMITMENT), Agreement.Builder::commitments),
              "What the parties committed to.")
          .optional("summary", text(Agreement.Builder::summary), "A summary.")
          .optional("notes", text(Agreement.Builder::notes), NOTES)
          .optional("labels", field(Element.STRINGS, Agreement.Builder::labels), LABELS)
          .optional("sources", sources(Agreement.Builder::sources), SOURCES);

  static final Shape<Source.Builder, Source> SOURCE_RECORD =
      new Shape<>(
              "source",
              "An article or document facts come from; it has a url or a title.",
              Source::builder,
              Source.Builder::clear,
              Source.Builder::build)
          .required("id", field(Element.ID, Source.Builder::id), "The record's id.")
          .optional("url", text(Source.Builder::url), "Where it can be read.")
          .optional("title", text(Source.Builder::title), "Its title.")
          .optional("publisher", text(Source.Builder::publisher), "Who published it.")
          .optional("published", date(Source.Builder::published), "When it was published.")
          .optional("accessed", date(Source.Builder::accessed), "When it was read.")
          .optional("lang", text(Source.Builder::lang), "Its language, a BCP 47 tag.")
          .optional("labels", field(Element.STRINGS, Source.Builder::labels), LABELS)
          .requireOneOf("url", "title");

  /** Every shape, records first, for the schema. */
  public static final List<Shape<?, ?>> ALL =
      List.of(
          INSTITUTION_RECORD,
          PERSON_RECORD,
          DELEGATION_RECORD,
          AGREEMENT_RECORD,
          SOURCE_RECORD,
          OTHER_NAME,
          PLACE,
          POST,
          SIDE,
          PARTICIPANT,
          ACTIVITY,
          PARTY,
          HISTORY_ENTRY,
          SIGNATORY,
          TERM,
          QUANTITY,
          COMMITMENT);
}
