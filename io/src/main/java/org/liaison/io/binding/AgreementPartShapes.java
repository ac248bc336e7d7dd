package org.liaison.io.binding;

import static org.liaison.io.binding.Fields.DELEGATION;
import static org.liaison.io.binding.Fields.INSTITUTION;
import static org.liaison.io.binding.Fields.PERIODS;
import static org.liaison.io.binding.Fields.PERSON;
import static org.liaison.io.binding.Fields.QUALIFIERS;
import static org.liaison.io.binding.Fields.SOURCES;
import static org.liaison.io.binding.Fields.STATUSES;
import static org.liaison.io.binding.Fields.date;
import static org.liaison.io.binding.Fields.field;
import static org.liaison.io.binding.Fields.sources;
import static org.liaison.io.binding.Fields.text;

import org.liaison.model.Commitment;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Party;
import org.liaison.model.Quantity;
import org.liaison.model.Signatory;
import org.liaison.model.Term;

/**
 * The shapes of the parts of an agreement: parties, history, signatories, term, commitments. Part
 * of the table of the format, {@link Shapes}.
 */
final class AgreementPartShapes {
  private AgreementPartShapes() {}

  static final Shape<Party.Builder, Party> PARTY =
      new Shape<>(
              "party",
              "An institution party to an agreement; a bare id is a party with no" + " role.",
              Party::builder,
              Party.Builder::clear,
              Party.Builder::build)
          .required(
              "institution",
              field(INSTITUTION, Party.Builder::institution, Party::institution),
              "The institution.")
          .optional("role", text(Party.Builder::role, Party::role), "Its role in the agreement.");

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
              field(Element.oneOf(STATUSES), HistoryEntry.Builder::status, HistoryEntry::status),
              "The status reached.")
          .required(
              "date", date(HistoryEntry.Builder::date, HistoryEntry::date), "When it was reached.")
          .optional(
              "delegation",
              field(DELEGATION, HistoryEntry.Builder::delegation, HistoryEntry::delegation),
              "The visit during which it was reached.")
          .optional(
              "note", text(HistoryEntry.Builder::note, HistoryEntry::note), "A note on this step.")
          .optional(
              "sources", sources(HistoryEntry.Builder::sources, HistoryEntry::sources), SOURCES);

  static final Shape<Signatory.Builder, Signatory> SIGNATORY =
      new Shape<>(
              "signatory",
              "A person who signed; a bare id is a signatory with nothing" + " more to say.",
              Signatory::builder,
              Signatory.Builder::clear,
              Signatory.Builder::build)
          .required(
              "person", field(PERSON, Signatory.Builder::person, Signatory::person), "The person.")
          .optional(
              "onBehalfOf",
              field(INSTITUTION, Signatory.Builder::onBehalfOf, Signatory::onBehalfOf),
              "The institution they signed for.")
          .optional("date", date(Signatory.Builder::date, Signatory::date), "When they signed.");

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
          .optional("start", date(Term.Builder::start, Term::start), "The first day in force.")
          .optional("end", date(Term.Builder::end, Term::end), "The last day in force.");

  static final Shape<Quantity.Builder, Quantity> QUANTITY =
      new Shape<>(
              "quantity",
              "A counted amount.",
              Quantity::builder,
              Quantity.Builder::clear,
              Quantity.Builder::build)
          .required(
              "value",
              field(Element.NUMBER, Quantity.Builder::value, Quantity::value),
              "The number.")
          .optional("unit", text(Quantity.Builder::unit, Quantity::unit), "What is counted (jobs).")
          .optional(
              "qualifier",
              field(Element.oneOf(QUALIFIERS), Quantity.Builder::qualifier, Quantity::qualifier),
              "How exact the value is.")
          .optional(
              "per",
              field(Element.oneOf(PERIODS), Quantity.Builder::per, Quantity::per),
              "The period the value is counted per.");

  static final Shape<Commitment.Builder, Commitment> COMMITMENT =
      new Shape<>(
              "commitment",
              "Something a party committed to do.",
              Commitment::builder,
              Commitment.Builder::clear,
              Commitment.Builder::build)
          .optional(
              "by", field(INSTITUTION, Commitment.Builder::by, Commitment::by), "Who committed.")
          .required(
              "description",
              text(Commitment.Builder::description, Commitment::description),
              "What was committed.")
          .optional(
              "quantity",
              field(Element.object(QUANTITY), Commitment.Builder::quantity, Commitment::quantity),
              "How much, where it is counted.")
          .optional("due", date(Commitment.Builder::due, Commitment::due), "When it is due.")
          .optional("sources", sources(Commitment.Builder::sources, Commitment::sources), SOURCES);
}
