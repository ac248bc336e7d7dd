package org.liaison.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** When an agreement is in force; both ends optional. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Term {

  /** The first day in force. */
  Optional<PartialDate> start();

  /** The last day in force. */
  Optional<PartialDate> end();

  /** Returns a copy with {@link #start()} set to {@code start}. */
  Term withStart(PartialDate start);

  /** Returns a copy with {@link #start()} set to {@code start}. */
  Term withStart(Optional<? extends PartialDate> start);

  /** Returns a copy with {@link #end()} set to {@code end}. */
  Term withEnd(PartialDate end);

  /** Returns a copy with {@link #end()} set to {@code end}. */
  Term withEnd(Optional<? extends PartialDate> end);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Term} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableTerm.Builder {
    Builder() {}
  }
}
