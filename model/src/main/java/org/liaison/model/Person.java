package org.liaison.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A person who represents institutions. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public interface Person extends LiaisonRecord, Cited {

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

  @Override
  default RecordKind recordKind() {
    return RecordKind.PERSON;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Person} values; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
  final class Builder extends ImmutablePerson.Builder {}
}
