package org.liaison.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Something a party committed to do. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Commitment extends Cited {

  /** Who committed. */
  Optional<Ref<Institution>> by();

  /** What was committed. */
  String description();

  /** How much, where the commitment is counted. */
  Optional<Quantity> quantity();

  /** When it is due. */
  Optional<PartialDate> due();

  /** The sources cited, in the order written. */
  @Override
  List<Ref<Source>> sources();

  /** Returns a copy with {@link #by()} set to {@code by}. */
  Commitment withBy(Ref<Institution> by);

  /** Returns a copy with {@link #by()} set to {@code by}. */
  Commitment withBy(Optional<? extends Ref<Institution>> by);

  /** Returns a copy with {@link #description()} set to {@code description}. */
  Commitment withDescription(String description);

  /** Returns a copy with {@link #quantity()} set to {@code quantity}. */
  Commitment withQuantity(Quantity quantity);

  /** Returns a copy with {@link #quantity()} set to {@code quantity}. */
  Commitment withQuantity(Optional<? extends Quantity> quantity);

  /** Returns a copy with {@link #due()} set to {@code due}. */
  Commitment withDue(PartialDate due);

  /** Returns a copy with {@link #due()} set to {@code due}. */
  Commitment withDue(Optional<? extends PartialDate> due);

  /** Returns a copy with the elements of {@link #sources()} replaced by {@code sources}. */
  Commitment withSources(Iterable<? extends Ref<Source>> sources);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Commitment} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }
}
