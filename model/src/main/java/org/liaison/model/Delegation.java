package org.liaison.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A visit by people from one or more institutions to a host. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public non-sealed interface Delegation extends LiaisonRecord, Cited {

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

  /** {@inheritDoc} */
  @Override
  default String displayName() {
    return title().orElse(id().value());
  }

  @Override
  default RecordKind recordKind() {
    return RecordKind.DELEGATION;
  }

  /** Returns a copy with {@link #id()} set to {@code id}. */
  Delegation withId(Id id);

  /** Returns a copy with {@link #title()} set to {@code title}. */
  Delegation withTitle(String title);

  /** Returns a copy with {@link #title()} set to {@code title}. */
  Delegation withTitle(Optional<String> title);

  /** Returns a copy with {@link #date()} set to {@code date}. */
  Delegation withDate(PartialDate date);

  /** Returns a copy with {@link #endDate()} set to {@code endDate}. */
  Delegation withEndDate(PartialDate endDate);

  /** Returns a copy with {@link #endDate()} set to {@code endDate}. */
  Delegation withEndDate(Optional<? extends PartialDate> endDate);

  /** Returns a copy with {@link #visiting()} set to {@code visiting}. */
  Delegation withVisiting(Side visiting);

  /** Returns a copy with {@link #host()} set to {@code host}. */
  Delegation withHost(Side host);

  /** Returns a copy with {@link #location()} set to {@code location}. */
  Delegation withLocation(Place location);

  /** Returns a copy with {@link #location()} set to {@code location}. */
  Delegation withLocation(Optional<? extends Place> location);

  /** Returns a copy with the elements of {@link #activities()} replaced by {@code activities}. */
  Delegation withActivities(Iterable<? extends Activity> activities);

  /** Returns a copy with {@link #purpose()} set to {@code purpose}. */
  Delegation withPurpose(String purpose);

  /** Returns a copy with {@link #purpose()} set to {@code purpose}. */
  Delegation withPurpose(Optional<String> purpose);

  /** Returns a copy with {@link #outcome()} set to {@code outcome}. */
  Delegation withOutcome(String outcome);

  /** Returns a copy with {@link #outcome()} set to {@code outcome}. */
  Delegation withOutcome(Optional<String> outcome);

  /** Returns a copy with the elements of {@link #topics()} replaced by {@code topics}. */
  Delegation withTopics(Iterable<String> topics);

  /** Returns a copy with the elements of {@link #fields()} replaced by {@code fields}. */
  Delegation withFields(Iterable<String> fields);

  /** Returns a copy with the elements of {@link #areas()} replaced by {@code areas}. */
  Delegation withAreas(Iterable<? extends Area> areas);

  /** Returns a copy with {@link #notes()} set to {@code notes}. */
  Delegation withNotes(String notes);

  /** Returns a copy with {@link #notes()} set to {@code notes}. */
  Delegation withNotes(Optional<String> notes);

  /** Returns a copy with the entries of {@link #labels()} replaced by {@code labels}. */
  Delegation withLabels(Map<String, ? extends String> labels);

  /** Returns a copy with the elements of {@link #sources()} replaced by {@code sources}. */
  Delegation withSources(Iterable<? extends Ref<Source>> sources);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Delegation} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableDelegation.Builder {
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
