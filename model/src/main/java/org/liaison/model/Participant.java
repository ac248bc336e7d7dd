package org.liaison.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A person taking part in a delegation, with the role they played. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Participant {

  /** The person. */
  Ref<Person> person();

  /** The role played on this visit. */
  Optional<ParticipantRole> role();

  /** The title under which the person appears, where it differs from their posts. */
  Optional<String> title();

  /** The institution the person represents on this visit. */
  Optional<Ref<Institution>> onBehalfOf();

  /** Returns a copy with {@link #person()} set to {@code person}. */
  Participant withPerson(Ref<Person> person);

  /** Returns a copy with {@link #role()} set to {@code role}. */
  Participant withRole(ParticipantRole role);

  /** Returns a copy with {@link #role()} set to {@code role}. */
  Participant withRole(Optional<? extends ParticipantRole> role);

  /** Returns a copy with {@link #title()} set to {@code title}. */
  Participant withTitle(String title);

  /** Returns a copy with {@link #title()} set to {@code title}. */
  Participant withTitle(Optional<String> title);

  /** Returns a copy with {@link #onBehalfOf()} set to {@code onBehalfOf}. */
  Participant withOnBehalfOf(Ref<Institution> onBehalfOf);

  /** Returns a copy with {@link #onBehalfOf()} set to {@code onBehalfOf}. */
  Participant withOnBehalfOf(Optional<? extends Ref<Institution>> onBehalfOf);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Participant} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }

  /** Returns a participant with no role, title or represented institution. */
  static Participant of(Ref<Person> person) {
    return builder().person(person).build();
  }
}
