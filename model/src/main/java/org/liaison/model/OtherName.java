package org.liaison.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Another name of an institution or person. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface OtherName {

  /** The name. */
  String name();

  /** Its language, a BCP 47 tag ({@code zh-Hans}). */
  Optional<String> lang();

  /** What the name is; {@link NameKind#ALIAS} when not written. */
  @Value.Default
  default NameKind kind() {
    return NameKind.ALIAS;
  }

  /** Returns a copy with {@link #name()} set to {@code name}. */
  OtherName withName(String name);

  /** Returns a copy with {@link #lang()} set to {@code lang}. */
  OtherName withLang(String lang);

  /** Returns a copy with {@link #lang()} set to {@code lang}. */
  OtherName withLang(Optional<String> lang);

  /** Returns a copy with {@link #kind()} set to {@code kind}. */
  OtherName withKind(NameKind kind);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link OtherName} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableOtherName.Builder {
    Builder() {}
  }

  /** Returns an alias with no language. */
  static OtherName of(String name) {
    return builder().name(name).build();
  }
}
