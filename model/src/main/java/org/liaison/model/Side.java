package org.liaison.model;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One side of a delegation: the institutions and people who came, or who received them. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Side {

  /** The institutions on this side. */
  List<Ref<Institution>> institutions();

  /** The people on this side whom the source names. */
  List<Participant> members();

  /** How many organizations took part, where the source names only some. */
  Optional<Integer> organizations();

  /** How many people took part, where the source names only some. */
  Optional<Integer> people();

  /**
   * Returns a copy with the elements of {@link #institutions()} replaced by {@code institutions}.
   */
  Side withInstitutions(Iterable<? extends Ref<Institution>> institutions);

  /** Returns a copy with the elements of {@link #members()} replaced by {@code members}. */
  Side withMembers(Iterable<? extends Participant> members);

  /** Returns a copy with {@link #organizations()} set to {@code organizations}. */
  Side withOrganizations(int organizations);

  /** Returns a copy with {@link #organizations()} set to {@code organizations}. */
  Side withOrganizations(Optional<Integer> organizations);

  /** Returns a copy with {@link #people()} set to {@code people}. */
  Side withPeople(int people);

  /** Returns a copy with {@link #people()} set to {@code people}. */
  Side withPeople(Optional<Integer> people);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Side} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableSide.Builder {
    Builder() {}
  }
}
