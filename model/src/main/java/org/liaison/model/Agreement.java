package org.liaison.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** An agreement between institutions, from a first idea to its end. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public interface Agreement extends LiaisonRecord, Cited {

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

  @Override
  default RecordKind recordKind() {
    return RecordKind.AGREEMENT;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Agreement} values; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
  final class Builder extends ImmutableAgreement.Builder {}
}
