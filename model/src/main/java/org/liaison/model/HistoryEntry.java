package org.liaison.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A step in an agreement's history: a status reached on a date. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface HistoryEntry extends Cited {

  /** The status reached. */
  AgreementStatus status();

  /** When it was reached. */
  PartialDate date();

  /** The visit during which it was reached. */
  Optional<Ref<Delegation>> delegation();

  /** A note on this step. */
  Optional<String> note();

  /** The sources cited, in the order written. */
  @Override
  List<Ref<Source>> sources();

  /** Returns a copy with {@link #status()} set to {@code status}. */
  HistoryEntry withStatus(AgreementStatus status);

  /** Returns a copy with {@link #date()} set to {@code date}. */
  HistoryEntry withDate(PartialDate date);

  /** Returns a copy with {@link #delegation()} set to {@code delegation}. */
  HistoryEntry withDelegation(Ref<Delegation> delegation);

  /** Returns a copy with {@link #delegation()} set to {@code delegation}. */
  HistoryEntry withDelegation(Optional<? extends Ref<Delegation>> delegation);

  /** Returns a copy with {@link #note()} set to {@code note}. */
  HistoryEntry withNote(String note);

  /** Returns a copy with {@link #note()} set to {@code note}. */
  HistoryEntry withNote(Optional<String> note);

  /** Returns a copy with the elements of {@link #sources()} replaced by {@code sources}. */
  HistoryEntry withSources(Iterable<? extends Ref<Source>> sources);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link HistoryEntry} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableHistoryEntry.Builder {
    Builder() {}
  }
}
