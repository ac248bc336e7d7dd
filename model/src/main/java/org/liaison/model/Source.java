package org.liaison.model;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** An article or document that facts come from; has a URL or a title, or both. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public non-sealed interface Source extends LiaisonRecord {

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

  /** {@inheritDoc} */
  @Override
  default String displayName() {
    return title().or(this::url).orElse(id().value());
  }

  @Override
  default RecordKind recordKind() {
    return RecordKind.SOURCE;
  }

  /** Returns a copy with {@link #id()} set to {@code id}. */
  Source withId(Id id);

  /** Returns a copy with {@link #url()} set to {@code url}. */
  Source withUrl(String url);

  /** Returns a copy with {@link #url()} set to {@code url}. */
  Source withUrl(Optional<String> url);

  /** Returns a copy with {@link #title()} set to {@code title}. */
  Source withTitle(String title);

  /** Returns a copy with {@link #title()} set to {@code title}. */
  Source withTitle(Optional<String> title);

  /** Returns a copy with {@link #publisher()} set to {@code publisher}. */
  Source withPublisher(String publisher);

  /** Returns a copy with {@link #publisher()} set to {@code publisher}. */
  Source withPublisher(Optional<String> publisher);

  /** Returns a copy with {@link #published()} set to {@code published}. */
  Source withPublished(PartialDate published);

  /** Returns a copy with {@link #published()} set to {@code published}. */
  Source withPublished(Optional<? extends PartialDate> published);

  /** Returns a copy with {@link #accessed()} set to {@code accessed}. */
  Source withAccessed(PartialDate accessed);

  /** Returns a copy with {@link #accessed()} set to {@code accessed}. */
  Source withAccessed(Optional<? extends PartialDate> accessed);

  /** Returns a copy with {@link #lang()} set to {@code lang}. */
  Source withLang(String lang);

  /** Returns a copy with {@link #lang()} set to {@code lang}. */
  Source withLang(Optional<String> lang);

  /** Returns a copy with the entries of {@link #labels()} replaced by {@code labels}. */
  Source withLabels(Map<String, ? extends String> labels);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Source} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableSource.Builder {
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

  /** Checks that the source has a URL or a title. */
  @Value.Check
  default void check() {
    if (url().isEmpty() && title().isEmpty()) {
      throw new IllegalStateException("a source needs a url or a title");
    }
  }
}
