package org.liaison.io.binding;

import static org.liaison.io.binding.Fields.DELEGATION;
import static org.liaison.io.binding.Fields.INSTITUTION;
import static org.liaison.io.binding.Fields.PERIODS;
import static org.liaison.io.binding.Fields.PERSON;
import static org.liaison.io.binding.Fields.QUALIFIERS;
import static org.liaison.io.binding.Fields.SOURCES;
import static org.liaison.io.binding.Fields.SOURCE_REFS;
import static org.liaison.io.binding.Fields.STATUSES;

import org.liaison.io.binding.AgreementPartAccess.CommitmentAccess;
import org.liaison.io.binding.AgreementPartAccess.HistoryEntryAccess;
import org.liaison.io.binding.AgreementPartAccess.PartyAccess;
import org.liaison.io.binding.AgreementPartAccess.QuantityAccess;
import org.liaison.io.binding.AgreementPartAccess.SignatoryAccess;
import org.liaison.io.binding.AgreementPartAccess.TermAccess;
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
              new PartyAccess())
          .required("institution", INSTITUTION, "The institution.")
          .optional("role", Element.TEXT, "Its role in the agreement.");

  static final Element<Party> PARTY_ITEM =
      Element.shortOrObject(
          b -> b.refOrObject(Binder::institutionRef, Party::of, PARTY), INSTITUTION, PARTY);

  static final Shape<HistoryEntry.Builder, HistoryEntry> HISTORY_ENTRY =
      new Shape<>(
              "history entry", "A status an agreement reached, and when.", new HistoryEntryAccess())
          .required("status", Element.oneOf(STATUSES), "The status reached.")
          .required("date", Element.DATE, "When it was reached.")
          .optional("delegation", DELEGATION, "The visit during which it was reached.")
          .optional("note", Element.TEXT, "A note on this step.")
          .optional("sources", SOURCE_REFS, SOURCES);

  static final Shape<Signatory.Builder, Signatory> SIGNATORY =
      new Shape<>(
              "signatory",
              "A person who signed; a bare id is a signatory with nothing" + " more to say.",
              new SignatoryAccess())
          .required("person", PERSON, "The person.")
          .optional("onBehalfOf", INSTITUTION, "The institution they signed for.")
          .optional("date", Element.DATE, "When they signed.");

  static final Element<Signatory> SIGNATORY_ITEM =
      Element.shortOrObject(
          b -> b.refOrObject(Binder::personRef, Signatory::of, SIGNATORY), PERSON, SIGNATORY);

  static final Shape<Term.Builder, Term> TERM =
      new Shape<>("term", "When an agreement is in force.", new TermAccess())
          .optional("start", Element.DATE, "The first day in force.")
          .optional("end", Element.DATE, "The last day in force.");

  static final Shape<Quantity.Builder, Quantity> QUANTITY =
      new Shape<>("quantity", "A counted amount.", new QuantityAccess())
          .required("value", Element.NUMBER, "The number.")
          .optional("unit", Element.TEXT, "What is counted (jobs).")
          .optional("qualifier", Element.oneOf(QUALIFIERS), "How exact the value is.")
          .optional("per", Element.oneOf(PERIODS), "The period the value is counted per.");

  static final Shape<Commitment.Builder, Commitment> COMMITMENT =
      new Shape<>("commitment", "Something a party committed to do.", new CommitmentAccess())
          .optional("by", INSTITUTION, "Who committed.")
          .required("description", Element.TEXT, "What was committed.")
          .optional("quantity", Element.object(QUANTITY), "How much, where it is counted.")
          .optional("due", Element.DATE, "When it is due.")
          .optional("sources", SOURCE_REFS, SOURCES);
}
