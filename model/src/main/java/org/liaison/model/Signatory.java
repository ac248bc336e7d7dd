package org.liaison.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A person who signed an agreement. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Signatory {

  /** The person. */
  Ref<Person> person();

  /** The institution they signed for. */
  Optional<Ref<Institution>> onBehalfOf();

  /** When they signed, where it differs from the agreement's date. */
  Optional<PartialDate> date();

  /** Returns a copy with {@link #person()} set to {@code person}. */
  Signatory withPerson(Ref<Person> person);

  /** Returns a copy with {@link #onBehalfOf()} set to {@code onBehalfOf}. */
  Signatory withOnBehalfOf(Ref<Institution> onBehalfOf);

  /** Returns a copy with {@link #onBehalfOf()} set to {@code onBehalfOf}. */
  Signatory withOnBehalfOf(Optional<? extends Ref<Institution>> onBehalfOf);

  /** Returns a copy with {@link #date()} set to {@code date}. */
  Signatory withDate(PartialDate date);

  /** Returns a copy with {@link #date()} set to {@code date}. */
  Signatory withDate(Optional<? extends PartialDate> date);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Signatory} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableSignatory.Builder {
    Builder() {}
  }

  /** Returns a signatory with no represented institution or date. */
  static Signatory of(Ref<Person> person) {
    return builder().person(person).build();
  }
}
