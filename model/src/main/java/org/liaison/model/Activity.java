package org.liaison.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Something that happened during a visit. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Activity {

  /** What kind of activity. */
  ActivityKind kind();

  /** Who chaired it. */
  Optional<Ref<Person>> chair();

  /** What happened. */
  Optional<String> summary();

  /** Returns a copy with {@link #kind()} set to {@code kind}. */
  Activity withKind(ActivityKind kind);

  /** Returns a copy with {@link #chair()} set to {@code chair}. */
  Activity withChair(Ref<Person> chair);

  /** Returns a copy with {@link #chair()} set to {@code chair}. */
  Activity withChair(Optional<? extends Ref<Person>> chair);

  /** Returns a copy with {@link #summary()} set to {@code summary}. */
  Activity withSummary(String summary);

  /** Returns a copy with {@link #summary()} set to {@code summary}. */
  Activity withSummary(Optional<String> summary);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Activity} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
