package org.liaison.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A university, college, school, office, enterprise, agency, association, park or committee: anything that cooperates. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public interface Institution extends LiaisonRecord, Cited {

  /** The institution's id. */
  @Override
  Id id();

  /** The primary name. */
  String name();

  /** Other names: aliases, acronyms, translations, former or official names. */
  List<OtherName> names();

  /** What kind of institution this is. */
  InstitutionKind kind();

  /** The institution this one is part of (a school of a university, a brigade of a bureau). */
  Optional<Ref<Institution>> parent();

  /** Where the institution is. */
  Optional<Place> location();

  /** External identifiers by scheme ({@code ror}, {@code wikidata}, {@code uscc}, {@code isni}, others kept as written). */
  Map<String, String> identifiers();

  /** The institution's website URL. */
  Optional<String> website();

  /** Free-text notes. */
  Optional<String> notes();

  /** Free-form labels, in the order written. */
  @Override
  Map<String, String> labels();

  /** The sources cited, in the order written. */
  @Override
  List<Ref<Source>> sources();

  @Override
  default RecordKind recordKind() {
    return RecordKind.INSTITUTION;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Institution} values; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
  final class Builder extends ImmutableInstitution.Builder {}
}
