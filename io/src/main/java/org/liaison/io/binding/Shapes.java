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
import static org.liaison.io.binding.Fields.SOURCE_REFS;
import static org.liaison.io.binding.Fields.STATUSES;
import static org.liaison.io.binding.PartShapes.OTHER_NAME;
import static org.liaison.io.binding.PartShapes.OTHER_NAME_ITEM;
import static org.liaison.io.binding.PartShapes.PLACE;
import static org.liaison.io.binding.PartShapes.POST;
import static org.liaison.io.binding.VisitPartShapes.ACTIVITY;
import static org.liaison.io.binding.VisitPartShapes.PARTICIPANT;
import static org.liaison.io.binding.VisitPartShapes.SIDE;

import java.util.List;
import java.util.Map;
import org.liaison.io.binding.EventRecordAccess.AgreementAccess;
import org.liaison.io.binding.EventRecordAccess.DelegationAccess;
import org.liaison.io.binding.RecordAccess.InstitutionAccess;
import org.liaison.io.binding.RecordAccess.PersonAccess;
import org.liaison.io.binding.RecordAccess.SourceAccess;
import org.liaison.model.Agreement;
import org.liaison.model.Delegation;
import org.liaison.model.Institution;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.Person;
import org.liaison.model.RecordKind;
import org.liaison.model.Source;

/**
 * Format version 1, as one table: every field of every record and sub-record, in the order written,
 * whether it is required, the element its value is read and written as, and what it means. The
 * reader reads by it, the writer writes by it, and {@code liaison schema} and docs/format.md are
 * written from it. The records' shapes are here, their parts' in {@link PartShapes}, {@link
 * VisitPartShapes} and {@link AgreementPartShapes}; each shape's {@link Access} sets and gets the
 * model's values by the field names of this table ({@link RecordAccess} and beside it).
 */
public final class Shapes {
  private Shapes() {}

  // ---- records -------------------------------------------------------------------------------

  static final Shape<Institution.Builder, Institution> INSTITUTION_RECORD =
      new Shape<>(
              "institution",
              "Anything that cooperates: a university, school, office,"
                  + " enterprise, agency, association, park or committee.",
              new InstitutionAccess())
          .required("id", Element.ID, "The record's id.")
          .required("name", Element.TEXT, "The primary name.")
          .optional(
              "names",
              Element.list(OTHER_NAME_ITEM),
              "Other names: aliases, acronyms, translations, former or official names.")
          .required("kind", Element.oneOf(INSTITUTION_KINDS), "What kind of institution.")
          .optional("parent", INSTITUTION, "The institution this one is part of.")
          .optional("location", Element.object(PLACE), "Where it is.")
          .optional(
              "identifiers",
              Element.STRINGS,
              "External identifiers by scheme: ror, wikidata, uscc, isni; others kept.")
          .optional("website", Element.TEXT, "Its website URL.")
          .optional("notes", Element.TEXT, NOTES)
          .optional("labels", Element.STRINGS, LABELS)
          .optional("sources", SOURCE_REFS, SOURCES);

  static final Shape<Person.Builder, Person> PERSON_RECORD =
      new Shape<>("person", "A person who represents institutions.", new PersonAccess())
          .required("id", Element.ID, "The record's id.")
          .required("name", Element.TEXT, "The name as most often written.")
          .optional("names", Element.list(OTHER_NAME_ITEM), "Other names.")
          .optional(
              "posts",
              Element.list(Element.object(POST)),
              "Posts held, several at once if need be.")
          .optional("notes", Element.TEXT, NOTES)
          .optional("labels", Element.STRINGS, LABELS)
          .optional("sources", SOURCE_REFS, SOURCES);

  static final Shape<Delegation.Builder, Delegation> DELEGATION_RECORD =
      new Shape<>(
              "delegation",
              "A visit by people from one or more institutions to a host.",
              new DelegationAccess())
          .required("id", Element.ID, "The record's id.")
          .optional("title", Element.TEXT, "A short title of the visit.")
          .required("date", Element.DATE, "When the visit took place, or began.")
          .optional("endDate", Element.DATE, "The last day of a visit over several days.")
          .required("visiting", Element.object(SIDE), "Who came.")
          .required("host", Element.object(SIDE), "Who received them.")
          .optional("location", Element.object(PLACE), "Where the visit took place.")
          .optional(
              "activities",
              Element.list(Element.object(ACTIVITY)),
              "What happened during the visit.")
          .optional("purpose", Element.TEXT, "Why the visit was made.")
          .optional("outcome", Element.TEXT, "What came of it.")
          .optional("topics", Element.list(Element.TEXT), "What was discussed.")
          .optional(
              "fields",
              Element.list(Element.TEXT),
              "Industries or disciplines concerned (drone logistics).")
          .optional("areas", Element.list(Element.AREA), "Cooperation areas concerned.")
          .optional("notes", Element.TEXT, NOTES)
          .optional("labels", Element.STRINGS, LABELS)
          .optional("sources", SOURCE_REFS, SOURCES);

  static final Shape<Agreement.Builder, Agreement> AGREEMENT_RECORD =
      new Shape<>(
              "agreement",
              "An agreement between institutions, from a first idea to its end.",
              new AgreementAccess())
          .required("id", Element.ID, "The record's id.")
          .required("title", Element.TEXT, "The agreement's title.")
          .required("kind", Element.oneOf(AGREEMENT_KINDS), "What kind of agreement.")
          .required("status", Element.oneOf(STATUSES), "Where it stands now.")
          .required(
              "parties", Element.list(PARTY_ITEM), "The institutions party to it: at least two.")
          .optional(
              "history",
              Element.list(Element.object(HISTORY_ENTRY)),
              "How its status changed, in chronological order; the last status equals `status`.")
          .optional("signedOn", Element.DATE, "When it was signed.")
          .optional("signatories", Element.list(SIGNATORY_ITEM), "The people who signed.")
          .optional("term", Element.object(TERM), "When it is in force.")
          .optional(
              "establishes",
              Element.list(INSTITUTION),
              "Institutions it creates (a co-built base, a joint college).")
          .optional("areas", Element.list(Element.AREA), "Cooperation areas concerned.")
          .optional(
              "commitments",
              Element.list(Element.object(COMMITMENT)),
              "What the parties committed to.")
          .optional("summary", Element.TEXT, "A summary.")
          .optional("notes", Element.TEXT, NOTES)
          .optional("labels", Element.STRINGS, LABELS)
          .optional("sources", SOURCE_REFS, SOURCES);

  static final Shape<Source.Builder, Source> SOURCE_RECORD =
      new Shape<>(
              "source",
              "An article or document facts come from; it has a url or a title.",
              new SourceAccess())
          .required("id", Element.ID, "The record's id.")
          .optional("url", Element.TEXT, "Where it can be read.")
          .optional("title", Element.TEXT, "Its title.")
          .optional("publisher", Element.TEXT, "Who published it.")
          .optional("published", Element.DATE, "When it was published.")
          .optional("accessed", Element.DATE, "When it was read.")
          .optional("lang", Element.TEXT, "Its language, a BCP 47 tag.")
          .optional("labels", Element.STRINGS, LABELS)
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
