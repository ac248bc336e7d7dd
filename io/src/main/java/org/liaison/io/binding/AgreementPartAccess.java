package org.liaison.io.binding;

import java.math.BigDecimal;
import java.util.List;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Commitment;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Institution;
import org.liaison.model.PartialDate;
import org.liaison.model.Party;
import org.liaison.model.Period;
import org.liaison.model.Person;
import org.liaison.model.Qualifier;
import org.liaison.model.Quantity;
import org.liaison.model.Ref;
import org.liaison.model.Signatory;
import org.liaison.model.Source;
import org.liaison.model.Term;

/**
 * The code of the parts of an agreement: their builders and accessors, by the names of the fields
 * in {@link AgreementPartShapes}.
 */
final class AgreementPartAccess {
  private AgreementPartAccess() {}

  /** The code of {@link AgreementPartShapes#PARTY}. */
  static final class PartyAccess extends Access<Party.Builder, Party> {
    @Override
    Party.Builder create() {
      return Party.builder();
    }

    @Override
    void clear(Party.Builder builder) {
      builder.clear();
    }

    @Override
    Party build(Party.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Party.Builder b, String name, Object v) {
      switch (name) {
        case "institution" -> b.institution((Ref<Institution>) v);
        case "role" -> b.role((String) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Party r, String name) {
      return switch (name) {
        case "institution" -> r.institution();
        case "role" -> r.role();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link AgreementPartShapes#HISTORY_ENTRY}. */
  static final class HistoryEntryAccess extends Access<HistoryEntry.Builder, HistoryEntry> {
    @Override
    HistoryEntry.Builder create() {
      return HistoryEntry.builder();
    }

    @Override
    void clear(HistoryEntry.Builder builder) {
      builder.clear();
    }

    @Override
    HistoryEntry build(HistoryEntry.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(HistoryEntry.Builder b, String name, Object v) {
      switch (name) {
        case "status" -> b.status((AgreementStatus) v);
        case "date" -> b.date((PartialDate) v);
        case "delegation" -> b.delegation((Ref<Delegation>) v);
        case "note" -> b.note((String) v);
        case "sources" -> b.sources((List<Ref<Source>>) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(HistoryEntry r, String name) {
      return switch (name) {
        case "status" -> r.status();
        case "date" -> r.date();
        case "delegation" -> r.delegation();
        case "note" -> r.note();
        case "sources" -> r.sources();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link AgreementPartShapes#SIGNATORY}. */
  static final class SignatoryAccess extends Access<Signatory.Builder, Signatory> {
    @Override
    Signatory.Builder create() {
      return Signatory.builder();
    }

    @Override
    void clear(Signatory.Builder builder) {
      builder.clear();
    }

    @Override
    Signatory build(Signatory.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Signatory.Builder b, String name, Object v) {
      switch (name) {
        case "person" -> b.person((Ref<Person>) v);
        case "onBehalfOf" -> b.onBehalfOf((Ref<Institution>) v);
        case "date" -> b.date((PartialDate) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Signatory r, String name) {
      return switch (name) {
        case "person" -> r.person();
        case "onBehalfOf" -> r.onBehalfOf();
        case "date" -> r.date();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link AgreementPartShapes#TERM}. */
  static final class TermAccess extends Access<Term.Builder, Term> {
    @Override
    Term.Builder create() {
      return Term.builder();
    }

    @Override
    void clear(Term.Builder builder) {
      builder.clear();
    }

    @Override
    Term build(Term.Builder builder) {
      return builder.build();
    }

    @Override
    void set(Term.Builder b, String name, Object v) {
      switch (name) {
        case "start" -> b.start((PartialDate) v);
        case "end" -> b.end((PartialDate) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Term r, String name) {
      return switch (name) {
        case "start" -> r.start();
        case "end" -> r.end();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link AgreementPartShapes#QUANTITY}. */
  static final class QuantityAccess extends Access<Quantity.Builder, Quantity> {
    @Override
    Quantity.Builder create() {
      return Quantity.builder();
    }

    @Override
    void clear(Quantity.Builder builder) {
      builder.clear();
    }

    @Override
    Quantity build(Quantity.Builder builder) {
      return builder.build();
    }

    @Override
    void set(Quantity.Builder b, String name, Object v) {
      switch (name) {
        case "value" -> b.value((BigDecimal) v);
        case "unit" -> b.unit((String) v);
        case "qualifier" -> b.qualifier((Qualifier) v);
        case "per" -> b.per((Period) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Quantity r, String name) {
      return switch (name) {
        case "value" -> r.value();
        case "unit" -> r.unit();
        case "qualifier" -> r.qualifier();
        case "per" -> r.per();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link AgreementPartShapes#COMMITMENT}. */
  static final class CommitmentAccess extends Access<Commitment.Builder, Commitment> {
    @Override
    Commitment.Builder create() {
      return Commitment.builder();
    }

    @Override
    void clear(Commitment.Builder builder) {
      builder.clear();
    }

    @Override
    Commitment build(Commitment.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Commitment.Builder b, String name, Object v) {
      switch (name) {
        case "by" -> b.by((Ref<Institution>) v);
        case "description" -> b.description((String) v);
        case "quantity" -> b.quantity((Quantity) v);
        case "due" -> b.due((PartialDate) v);
        case "sources" -> b.sources((List<Ref<Source>>) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Commitment r, String name) {
      return switch (name) {
        case "by" -> r.by();
        case "description" -> r.description();
        case "quantity" -> r.quantity();
        case "due" -> r.due();
        case "sources" -> r.sources();
        default -> throw noField(name);
      };
    }
  }
}
