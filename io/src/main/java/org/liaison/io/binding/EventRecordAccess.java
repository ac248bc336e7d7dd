package org.liaison.io.binding;

import java.util.List;
import java.util.Map;
import org.liaison.model.Activity;
import org.liaison.model.Agreement;
import org.liaison.model.AgreementKind;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Area;
import org.liaison.model.Commitment;
import org.liaison.model.Delegation;
import org.liaison.model.HistoryEntry;
import org.liaison.model.Id;
import org.liaison.model.Institution;
import org.liaison.model.PartialDate;
import org.liaison.model.Party;
import org.liaison.model.Place;
import org.liaison.model.Ref;
import org.liaison.model.Side;
import org.liaison.model.Signatory;
import org.liaison.model.Source;
import org.liaison.model.Term;

/**
 * The code of the records delegation and agreement: their builders and accessors, by the names of
 * the fields in {@link Shapes}.
 */
final class EventRecordAccess {
  private EventRecordAccess() {}

  /** The code of {@link Shapes#DELEGATION_RECORD}. */
  static final class DelegationAccess extends Access<Delegation.Builder, Delegation> {
    @Override
    Delegation.Builder create() {
      return Delegation.builder();
    }

    @Override
    void clear(Delegation.Builder builder) {
      builder.clear();
    }

    @Override
    Delegation build(Delegation.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Delegation.Builder b, String name, Object v) {
      switch (name) {
        case "id" -> b.id((Id) v);
        case "title" -> b.title((String) v);
        case "date" -> b.date((PartialDate) v);
        case "endDate" -> b.endDate((PartialDate) v);
        case "visiting" -> b.visiting((Side) v);
        case "host" -> b.host((Side) v);
        case "location" -> b.location((Place) v);
        case "activities" -> b.activities((List<Activity>) v);
        case "purpose" -> b.purpose((String) v);
        case "outcome" -> b.outcome((String) v);
        case "topics" -> b.topics((List<String>) v);
        case "fields" -> b.fields((List<String>) v);
        case "areas" -> b.areas((List<Area>) v);
        case "notes" -> b.notes((String) v);
        case "labels" -> b.labels((Map<String, String>) v);
        case "sources" -> b.sources((List<Ref<Source>>) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Delegation r, String name) {
      return switch (name) {
        case "id" -> r.id();
        case "title" -> r.title();
        case "date" -> r.date();
        case "endDate" -> r.endDate();
        case "visiting" -> r.visiting();
        case "host" -> r.host();
        case "location" -> r.location();
        case "activities" -> r.activities();
        case "purpose" -> r.purpose();
        case "outcome" -> r.outcome();
        case "topics" -> r.topics();
        case "fields" -> r.fields();
        case "areas" -> r.areas();
        case "notes" -> r.notes();
        case "labels" -> r.labels();
        case "sources" -> r.sources();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link Shapes#AGREEMENT_RECORD}. */
  static final class AgreementAccess extends Access<Agreement.Builder, Agreement> {
    @Override
    Agreement.Builder create() {
      return Agreement.builder();
    }

    @Override
    void clear(Agreement.Builder builder) {
      builder.clear();
    }

    @Override
    Agreement build(Agreement.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Agreement.Builder b, String name, Object v) {
      switch (name) {
        case "id" -> b.id((Id) v);
        case "title" -> b.title((String) v);
        case "kind" -> b.kind((AgreementKind) v);
        case "status" -> b.status((AgreementStatus) v);
        case "parties" -> b.parties((List<Party>) v);
        case "history" -> b.history((List<HistoryEntry>) v);
        case "signedOn" -> b.signedOn((PartialDate) v);
        case "signatories" -> b.signatories((List<Signatory>) v);
        case "term" -> b.term((Term) v);
        case "establishes" -> b.establishes((List<Ref<Institution>>) v);
        case "areas" -> b.areas((List<Area>) v);
        case "commitments" -> b.commitments((List<Commitment>) v);
        case "summary" -> b.summary((String) v);
        case "notes" -> b.notes((String) v);
        case "labels" -> b.labels((Map<String, String>) v);
        case "sources" -> b.sources((List<Ref<Source>>) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Agreement r, String name) {
      return switch (name) {
        case "id" -> r.id();
        case "title" -> r.title();
        case "kind" -> r.kind();
        case "status" -> r.status();
        case "parties" -> r.parties();
        case "history" -> r.history();
        case "signedOn" -> r.signedOn();
        case "signatories" -> r.signatories();
        case "term" -> r.term();
        case "establishes" -> r.establishes();
        case "areas" -> r.areas();
        case "commitments" -> r.commitments();
        case "summary" -> r.summary();
        case "notes" -> r.notes();
        case "labels" -> r.labels();
        case "sources" -> r.sources();
        default -> throw noField(name);
      };
    }
  }
}
