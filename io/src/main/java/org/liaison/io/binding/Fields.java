package org.liaison.io.binding;

import java.util.List;
import org.liaison.model.ActivityKind;
import org.liaison.model.AgreementKind;
import org.liaison.model.AgreementStatus;
import org.liaison.model.Delegation;
import org.liaison.model.Institution;
import org.liaison.model.InstitutionKind;
import org.liaison.model.NameKind;
import org.liaison.model.ParticipantRole;
import org.liaison.model.Period;
import org.liaison.model.Person;
import org.liaison.model.Qualifier;
import org.liaison.model.Ref;
import org.liaison.model.Source;

/**
 * The kinds of field the table of the format ({@link Shapes}) is made of: the vocabularies, the
 * references to each kind of record, and the fields of text, dates and lists.
 */
final class Fields {
  private Fields() {}

  static final String SOURCES = "The sources these facts come from, by id.";
  static final String NOTES = "Free-text notes.";
  static final String LABELS = "Free-form string labels: the format's extension point.";

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

  static final Element<Ref<Institution>> INSTITUTION =
      Element.reference(Binder::institutionRef, "an institution");
  static final Element<Ref<Person>> PERSON = Element.reference(Binder::personRef, "a person");
  static final Element<Ref<Delegation>> DELEGATION =
      Element.reference(Binder::delegationRef, "a delegation");
  static final Element<Ref<Source>> SOURCE_REF = Element.reference(Binder::sourceRef, "a source");

  static final Element<List<Ref<Source>>> SOURCE_REFS = Element.list(SOURCE_REF);
}
