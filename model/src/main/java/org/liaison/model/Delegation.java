package org.liaison.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A visit by people from one or more institutions to a host. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public interface Delegation extends LiaisonRecord, Cited {

  /** The delegation's id. */
  @Override
  Id id();

  /** A short title of the visit. */
  Optional<String> title();

  /** When the visit took place, or began. */
  PartialDate date();

  /** The last day of a visit over several days. */
  Optional<PartialDate> endDate();

  /** Who came. */
  Side visiting();

  /** Who received them. */
  Side host();

  /** Where the visit took place. */
  Optional<Place> location();

  /** What happened during the visit. */
  List<Activity> activities();

  /** Why the visit was made. */
  Optional<String> purpose();

  /** What came of it. */
  Optional<String> outcome();

  /** What was discussed. */
  List<String> topics();

  /** Industries or disciplines concerned ({@code drone logistics}). */
  List<String> fields();

  /** Cooperation areas concerned. */
  List<Area> areas();

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
    return RecordKind.DELEGATION;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Delegation} values; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
  final class Builder extends ImmutableDelegation.Builder {}
}
