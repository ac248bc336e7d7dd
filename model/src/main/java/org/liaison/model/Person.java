package org.liaison.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A person who represents institutions. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public non-sealed interface Person extends LiaisonRecord, Cited {

  /** The person's id. */
  @Override
  Id id();

  /** The person's name as most often written. */
  String name();

  /** Other names: aliases, acronyms, translations, former or official names. */
  List<OtherName> names();

  /** The posts the person holds or held; several may be held at once. */
  List<Post> posts();

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
    return RecordKind.PERSON;
  }

  /** Returns a copy with {@link #id()} set to {@code id}. */
  Person withId(Id id);

  /** Returns a copy with {@link #name()} set to {@code name}. */
  Person withName(String name);

  /** Returns a copy with the elements of {@link #names()} replaced by {@code names}. */
  Person withNames(Iterable<? extends OtherName> names);

  /** Returns a copy with the elements of {@link #posts()} replaced by {@code posts}. */
  Person withPosts(Iterable<? extends Post> posts);

  /** Returns a copy with {@link #notes()} set to {@code notes}. */
  Person withNotes(String notes);

  /** Returns a copy with {@link #notes()} set to {@code notes}. */
  Person withNotes(Optional<String> notes);

  /** Returns a copy with the entries of {@link #labels()} replaced by {@code labels}. */
  Person withLabels(Map<String, ? extends String> labels);

  /** Returns a copy with the elements of {@link #sources()} replaced by {@code sources}. */
  Person withSources(Iterable<? extends Ref<Source>> sources);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Person} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutablePerson.Builder {
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
