package org.liaison.model;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** An article or document that facts come from; has a URL or a title, or both. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public interface Source extends LiaisonRecord {

  /** The source's id. */
  @Override
  Id id();

  /** Where the source can be read. */
  Optional<String> url();

  /** The source's title. */
  Optional<String> title();

  /** Who published it. */
  Optional<String> publisher();

  /** When it was published. */
  Optional<PartialDate> published();

  /** When it was read. */
  Optional<PartialDate> accessed();

  /** Its language, a BCP 47 tag. */
  Optional<String> lang();

  /** Free-form labels, in the order written. */
  @Override
  Map<String, String> labels();

  @Override
  default RecordKind recordKind() {
    return RecordKind.SOURCE;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Source} values; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
  final class Builder extends ImmutableSource.Builder {}

  /** Checks that the source has a URL or a title. */
  @Value.Check
  default void check() {
    if (url().isEmpty() && title().isEmpty()) {
      throw new IllegalStateException("a source needs a url or a title");
    }
  }
}
