package org.liaison.io.binding;

import static org.liaison.io.binding.AgreementPartShapes.COMMITMENT;
import static org.liaison.io.binding.AgreementPartShapes.HISTORY_ENTRY;
import static org.liaison.io.binding.AgreementPartShapes.PARTY;
import static org.liaison.io.binding.AgreementPartShapes.PARTY_ITEM;
import static org.liaison.io.binding.AgreementPartShapes.QUANTITY;
import static org.liaison.io.binding.AgreementPartShapes.SIGNATORY;
import static org.liaison.io.binding.AgreementPartShapes.SIGNATORY_ITEM;
import static org.liaison.io.binding.AgreementPartShapes.TERM;
import static org.liaison.io.binding.Fields.AGREEMENT_KINDS;
import static org.liaison.io.binding.Fields.INSTITUTION;
import static org.liaison.io.binding.Fields.INSTITUTION_KINDS;
import static org.liaison.io.binding.Fields.LABELS;
import static org.liaison.io.binding.Fields.NOTES;
import static org.liaison.io.binding.Fields.SOURCES;
import static org.liaison.io.binding.Fields.STATUSES;
import static org.liaison.io.binding.Fields.date;
import static org.liaison.io.binding.Fields.field;
import static org.liaison.io.binding.Fields.listOf;
import static org.liaison.io.binding.Fields.sources;
import static org.liaison.io.binding.Fields.text;
import static org.liaison.io.binding.PartShapes.OTHER_NAME;
import static org.liaison.io.binding.PartShapes.OTHER_NAME_ITEM;
import static org.liaison.io.binding.PartShapes.PLACE;
import static org.liaison.io.binding.PartShapes.POST;
import static org.liaison.io.binding.VisitPartShapes.ACTIVITY;
import static org.liaison.io.binding.VisitPartShapes.PARTICIPANT;
import static org.liaison.io.binding.VisitPartShapes.SIDE;

import java.util.List;
import java.util.Map;
import org.liaison.model.Agreement;
import org.liaison.model.Delegation;
import org.liaison.model.Institution;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Person;
import org.liaison.model.RecordKind;
import org.liaison.model.Source;

/**
 * Format version 1, as one table: every field of every record and sub-record, in the order written,
 * whether it is required, how it is read, how its value is got from the model, and what it means.
 * The reader reads by it, the writer writes by it, and {@code liaison schema} and docs/format.md
 * are written from it. The records' shapes are here, their parts' in {@link PartShapes}, {@link
 * VisitPartShapes} and {@link AgreementPartShapes}.
 */
public final class Shapes {
  private Shapes() {}

  // ---- records -------------------------------------------------------------------------------

  static final Shape<Institution.Builder, Institution> INSTITUTION_RECORD =
      new Shape<>(
              "institution",
              "Anything that cooperates: a university, school, office,"
                  + " enterprise, agency, association, park or committee.",
              Institution::builder,
              Institution.Builder::clear,
              Institution.Builder::build)
          .required(
              "id", field(Element.ID, Institution.Builder::id, Institution::id), "The record's id.")
          .required("name", text(Institution.Builder::name, Institution::name), "The primary name.")
          .optional(
              "names",
              listOf(OTHER_NAME_ITEM, Institution.Builder::names, Institution::names),
              "Other names: aliases, acronyms, translations, former or official names.")
          .required(
              "kind",
              field(Element.oneOf(INSTITUTION_KINDS), Institution.Builder::kind, Institution::kind),
              "What kind of institution.")
          .optional(
              "parent",
              field(INSTITUTION, Institution.Builder::parent, Institution::parent),
              "The institution this one is part of.")
          .optional(
              "location",
              field(Element.object(PLACE), Institution.Builder::location, Institution::location),
              "Where it is.")
          .optional(
              "identifiers",
              field(Element.STRINGS, Institution.Builder::identifiers, Institution::identifiers),
              "External identifiers by scheme: ror, wikidata, uscc, isni; others kept.")
          .optional(
              "website",
              text(Institution.Builder::website, Institution::website),
              "Its website URL.")
          .optional("notes", text(Institution.Builder::notes, Institution::notes), NOTES)
          .optional(
              "labels",
              field(Element.STRINGS, Institution.Builder::labels, Institution::labels),
              LABELS)
          .optional(
              "sources", sources(Institution.Builder::sources, Institution::sources), SOURCES);

  static final Shape<Person.Builder, Person> PERSON_RECORD =
      new Shape<>(
              "person",
              "A person who represents institutions.",
              Person::builder,
              Person.Builder::clear,
              Person.Builder::build)
          .required("id", field(Element.ID, Person.Builder::id, Person::id), "The record's id.")
          .required(
              "name", text(Person.Builder::name, Person::name), "The name as most often written.")
          .optional(
              "names",
              listOf(OTHER_NAME_ITEM, Person.Builder::names, Person::names),
              "Other names.")
          .optional(
              "posts",
              listOf(Element.object(POST), Person.Builder::posts, Person::posts),
              "Posts held, several at once if need be.")
          .optional("notes", text(Person.Builder::notes, Person::notes), NOTES)
          .optional(
              "labels", field(Element.STRINGS, Person.Builder::labels, Person::labels), LABELS)
          .optional("sources", sources(Person.Builder::sources, Person::sources), SOURCES);

  static final Shape<Delegation.Builder, Delegation> DELEGATION_RECORD =
      new Shape<>(
              "delegation",
              "A visit by people from one or more institutions to a host.",
              Delegation::builder,
              Delegation.Builder::clear,
              Delegation.Builder::build)
          .required(
              "id", field(Element.ID, Delegation.Builder::id, Delegation::id), "The record's id.")
          .optional(
              "title",
              text(Delegation.Builder::title, Delegation::title),
              "A short title of the visit.")
          .required(
              "date",
              date(Delegation.Builder::date, Delegation::date),
              "When the visit took place, or began.")
          .optional(
              "endDate",
              date(Delegation.Builder::endDate, Delegation::endDate),
              "The last day of a visit over several days.")
          .required(
              "visiting",
              field(Element.object(SIDE), Delegation.Builder::visiting, Delegation::visiting),
              "Who came.")
          .required(
              "host",
              field(Element.object(SIDE), Delegation.Builder::host, Delegation::host),
              "Who received them.")
          .optional(
              "location",
              field(Element.object(PLACE), Delegation.Builder::location, Delegation::location),
              "Where the visit took place.")
          .optional(
              "activities",
              listOf(
                  Element.object(ACTIVITY), Delegation.Builder::activities, Delegation::activities),
              "What happened during the visit.")
          .optional(
              "purpose",
              text(Delegation.Builder::purpose, Delegation::purpose),
              "Why the visit was made.")
          .optional(
              "outcome", text(Delegation.Builder::outcome, Delegation::outcome), "What came of it.")
          .optional(
              "topics",
              listOf(Element.TEXT, Delegation.Builder::topics, Delegation::topics),
              "What was discussed.")
          .optional(
              "fields",
              listOf(Element.TEXT, Delegation.Builder::fields, Delegation::fields),
              "Industries or disciplines concerned (drone logistics).")
          .optional(
              "areas",
              listOf(Element.AREA, Delegation.Builder::areas, Delegation::areas),
              "Cooperation areas concerned.")
          .optional("notes", text(Delegation.Builder::notes, Delegation::notes), NOTES)
          .optional(
              "labels",
              field(Element.STRINGS, Delegation.Builder::labels, Delegation::labels),
              LABELS)
          .optional("sources", sources(Delegation.Builder::sources, Delegation::sources), SOURCES);

  static final Shape<Agreement.Builder, Agreement> AGREEMENT_RECORD =
      new Shape<>(
              "agreement",
              "An agreement between institutions, from a first idea to its end.",
              Agreement::builder,
              Agreement.Builder::clear,
              Agreement.Builder::build)
          .required(
              "id", field(Element.ID, Agreement.Builder::id, Agreement::id), "The record's id.")
          .required(
              "title", text(Agreement.Builder::title, Agreement::title), "The agreement's title.")
          .required(
              "kind",
              field(Element.oneOf(AGREEMENT_KINDS), Agreement.Builder::kind, Agreement::kind),
              "What kind of agreement.")
          .required(
              "status",
              field(Element.oneOf(STATUSES), Agreement.Builder::status, Agreement::status),
              "Where it stands now.")
          .required(
              "parties",
              listOf(PARTY_ITEM, Agreement.Builder::parties, Agreement::parties),
              "The institutions party to it: at least two.")
          .optional(
              "history",
              listOf(Element.object(HISTORY_ENTRY), Agreement.Builder::history, Agreement::history),
              "How its status changed, in chronological order; the last status equals `status`.")
          .optional(
              "signedOn",
              date(Agreement.Builder::signedOn, Agreement::signedOn),
              "When it was signed.")
          .optional(
              "signatories",
              listOf(SIGNATORY_ITEM, Agreement.Builder::signatories, Agreement::signatories),
              "The people who signed.")
          .optional(
              "term",
              field(Element.object(TERM), Agreement.Builder::term, Agreement::term),
              "When it is in force.")
          .optional(
              "establishes",
              listOf(INSTITUTION, Agreement.Builder::establishes, Agreement::establishes),
              "Institutions it creates (a co-built base, a joint college).")
          .optional(
              "areas",
              listOf(Element.AREA, Agreement.Builder::areas, Agreement::areas),
              "Cooperation areas concerned.")
          .optional(
              "commitments",
              listOf(
                  Element.object(COMMITMENT),
                  Agreement.Builder::commitments,
                  Agreement::commitments),
              "What the parties committed to.")
          .optional("summary", text(Agreement.Builder::summary, Agreement::summary), "A summary.")
          .optional("notes", text(Agreement.Builder::notes, Agreement::notes), NOTES)
          .optional(
              "labels",
              field(Element.STRINGS, Agreement.Builder::labels, Agreement::labels),
              LABELS)
          .optional("sources", sources(Agreement.Builder::sources, Agreement::sources), SOURCES);

  static final Shape<Source.Builder, Source> SOURCE_RECORD =
      new Shape<>(
              "source",
              "An article or document facts come from; it has a url or a title.",
              Source::builder,
              Source.Builder::clear,
              Source.Builder::build)
          .required("id", field(Element.ID, Source.Builder::id, Source::id), "The record's id.")
          .optional("url", text(Source.Builder::url, Source::url), "Where it can be read.")
          .optional("title", text(Source.Builder::title, Source::title), "Its title.")
          .optional(
              "publisher", text(Source.Builder::publisher, Source::publisher), "Who published it.")
          .optional(
              "published",
              date(Source.Builder::published, Source::published),
              "When it was published.")
          .optional(
              "accessed", date(Source.Builder::accessed, Source::accessed), "When it was read.")
          .optional("lang", text(Source.Builder::lang, Source::lang), "Its language, a BCP 47 tag.")
          .optional(
              "labels", field(Element.STRINGS, Source.Builder::labels, Source::labels), LABELS)
          .requireOneOf("url", "title");

  private static final Map<RecordKind, Shape<?, ? extends LiaisonRecord>> RECORDS =
      Map.of(
          RecordKind.INSTITUTION, INSTITUTION_RECORD,
          RecordKind.PERSON, PERSON_RECORD,
          RecordKind.DELEGATION, DELEGATION_RECORD,
          RecordKind.AGREEMENT, AGREEMENT_RECORD,
          RecordKind.SOURCE, SOURCE_RECORD);

  /** The shape of a record of {@code kind}. */
  public static Shape<?, ? extends LiaisonRecord> record(RecordKind kind) {
    return RECORDS.get(kind);
  }

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
