package org.liaison.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** An agreement between institutions, from a first idea to its end. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public non-sealed interface Agreement extends LiaisonRecord, Cited {

  /** The agreement's id. */
  @Override
  Id id();

  /** The agreement's title. */
  String title();

  /** What kind of agreement. */
  AgreementKind kind();

  /** Where the agreement stands now. */
  AgreementStatus status();

  /** The institutions party to it; at least two distinct ones in valid data. */
  List<Party> parties();

  /** How the status changed, in chronological order. */
  List<HistoryEntry> history();

  /** When it was signed. */
  Optional<PartialDate> signedOn();

  /** The people who signed. */
  List<Signatory> signatories();

  /** When it is in force. */
  Optional<Term> term();

  /** Institutions the agreement creates (a co-built base, a joint college). */
  List<Ref<Institution>> establishes();

  /** Cooperation areas concerned. */
  List<Area> areas();

  /** What the parties committed to. */
  List<Commitment> commitments();

  /** A summary of the agreement. */
  Optional<String> summary();

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
    return title();
  }

  @Override
  default RecordKind recordKind() {
    return RecordKind.AGREEMENT;
  }

  /** Returns a copy with {@link #id()} set to {@code id}. */
  Agreement withId(Id id);

  /** Returns a copy with {@link #title()} set to {@code title}. */
  Agreement withTitle(String title);

  /** Returns a copy with {@link #kind()} set to {@code kind}. */
  Agreement withKind(AgreementKind kind);

  /** Returns a copy with {@link #status()} set to {@code status}. */
  Agreement withStatus(AgreementStatus status);

  /** Returns a copy with the elements of {@link #parties()} replaced by {@code parties}. */
  Agreement withParties(Iterable<? extends Party> parties);

  /** Returns a copy with the elements of {@link #history()} replaced by {@code history}. */
  Agreement withHistory(Iterable<? extends HistoryEntry> history);

  /** Returns a copy with {@link #signedOn()} set to {@code signedOn}. */
  Agreement withSignedOn(PartialDate signedOn);

  /** Returns a copy with {@link #signedOn()} set to {@code signedOn}. */
  Agreement withSignedOn(Optional<? extends PartialDate> signedOn);

  /** Returns a copy with the elements of {@link #signatories()} replaced by {@code signatories}. */
  Agreement withSignatories(Iterable<? extends Signatory> signatories);

  /** Returns a copy with {@link #term()} set to {@code term}. */
  Agreement withTerm(Term term);

  /** Returns a copy with {@link #term()} set to {@code term}. */
  Agreement withTerm(Optional<? extends Term> term);

  /** Returns a copy with the elements of {@link #establishes()} replaced by {@code establishes}. */
  Agreement withEstablishes(Iterable<? extends Ref<Institution>> establishes);

  /** Returns a copy with the elements of {@link #areas()} replaced by {@code areas}. */
  Agreement withAreas(Iterable<? extends Area> areas);

  /** Returns a copy with the elements of {@link #commitments()} replaced by {@code commitments}. */
  Agreement withCommitments(Iterable<? extends Commitment> commitments);

  /** Returns a copy with {@link #summary()} set to {@code summary}. */
  Agreement withSummary(String summary);

  /** Returns a copy with {@link #summary()} set to {@code summary}. */
  Agreement withSummary(Optional<String> summary);

  /** Returns a copy with {@link #notes()} set to {@code notes}. */
  Agreement withNotes(String notes);

  /** Returns a copy with {@link #notes()} set to {@code notes}. */
  Agreement withNotes(Optional<String> notes);

  /** Returns a copy with the entries of {@link #labels()} replaced by {@code labels}. */
  Agreement withLabels(Map<String, ? extends String> labels);

  /** Returns a copy with the elements of {@link #sources()} replaced by {@code sources}. */
  Agreement withSources(Iterable<? extends Ref<Source>> sources);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Agreement} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableAgreement.Builder {
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
