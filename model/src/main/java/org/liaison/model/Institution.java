package org.liaison.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A university, college, school, office, enterprise, agency, association, park or committee:
 * anything that cooperates.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public non-sealed interface Institution extends LiaisonRecord, Cited {

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

  /**
   * External identifiers by scheme ({@code ror}, {@code wikidata}, {@code uscc}, {@code isni},
   * others kept as written).
   */
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

  /** {@inheritDoc} */
  @Override
  default String displayName() {
    return name();
  }

  @Override
  default RecordKind recordKind() {
    return RecordKind.INSTITUTION;
  }

  /** Returns a copy with {@link #id()} set to {@code id}. */
  Institution withId(Id id);

  /** Returns a copy with {@link #name()} set to {@code name}. */
  Institution withName(String name);

  /** Returns a copy with the elements of {@link #names()} replaced by {@code names}. */
  Institution withNames(Iterable<? extends OtherName> names);

  /** Returns a copy with {@link #kind()} set to {@code kind}. */
  Institution withKind(InstitutionKind kind);

  /** Returns a copy with {@link #parent()} set to {@code parent}. */
  Institution withParent(Ref<Institution> parent);

  /** Returns a copy with {@link #parent()} set to {@code parent}. */
  Institution withParent(Optional<? extends Ref<Institution>> parent);

  /** Returns a copy with {@link #location()} set to {@code location}. */
  Institution withLocation(Place location);

  /** Returns a copy with {@link #location()} set to {@code location}. */
  Institution withLocation(Optional<? extends Place> location);

  /** Returns a copy with the entries of {@link #identifiers()} replaced by {@code identifiers}. */
  Institution withIdentifiers(Map<String, ? extends String> identifiers);

  /** Returns a copy with {@link #website()} set to {@code website}. */
  Institution withWebsite(String website);

  /** Returns a copy with {@link #website()} set to {@code website}. */
  Institution withWebsite(Optional<String> website);

  /** Returns a copy with {@link #notes()} set to {@code notes}. */
  Institution withNotes(String notes);

  /** Returns a copy with {@link #notes()} set to {@code notes}. */
  Institution withNotes(Optional<String> notes);

  /** Returns a copy with the entries of {@link #labels()} replaced by {@code labels}. */
  Institution withLabels(Map<String, ? extends String> labels);

  /** Returns a copy with the elements of {@link #sources()} replaced by {@code sources}. */
  Institution withSources(Iterable<? extends Ref<Source>> sources);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Institution} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableInstitution.Builder {
    Builder() {}

    /**
     * Sets the id from its text, as {@link Id#of(String)} reads it.
     *
     * @throws IllegalArgumentException if {@code id} is not a valid id
     */
    public Builder id(String id) {
      return id(Id.of(id));
    }
  }
}
