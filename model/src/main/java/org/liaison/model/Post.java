package org.liaison.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A post a person holds: a title, usually at an institution. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Post extends Cited {

  /** The title of the post ({@code Dean}, {@code Party Secretary}). */
  String title();

  /** Where the post is held. */
  Optional<Ref<Institution>> institution();

  /** When the person took the post. */
  Optional<PartialDate> since();

  /** When the person left the post. */
  Optional<PartialDate> until();

  /** The sources cited, in the order written. */
  @Override
  List<Ref<Source>> sources();

  /** Returns a copy with {@link #title()} set to {@code title}. */
  Post withTitle(String title);

  /** Returns a copy with {@link #institution()} set to {@code institution}. */
  Post withInstitution(Ref<Institution> institution);

  /** Returns a copy with {@link #institution()} set to {@code institution}. */
  Post withInstitution(Optional<? extends Ref<Institution>> institution);

  /** Returns a copy with {@link #since()} set to {@code since}. */
  Post withSince(PartialDate since);

  /** Returns a copy with {@link #since()} set to {@code since}. */
  Post withSince(Optional<? extends PartialDate> since);

  /** Returns a copy with {@link #until()} set to {@code until}. */
  Post withUntil(PartialDate until);

  /** Returns a copy with {@link #until()} set to {@code until}. */
  Post withUntil(Optional<? extends PartialDate> until);

  /** Returns a copy with the elements of {@link #sources()} replaced by {@code sources}. */
  Post withSources(Iterable<? extends Ref<Source>> sources);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Post} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutablePost.Builder {
    Builder() {}
  }
}
