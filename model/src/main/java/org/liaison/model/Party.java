package org.liaison.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** An institution party to an agreement, with its role. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Party {

  /** The institution. */
  Ref<Institution> institution();

  /** Its role in the agreement. */
  Optional<String> role();

  /** Returns a copy with {@link #institution()} set to {@code institution}. */
  Party withInstitution(Ref<Institution> institution);

  /** Returns a copy with {@link #role()} set to {@code role}. */
  Party withRole(String role);

  /** Returns a copy with {@link #role()} set to {@code role}. */
  Party withRole(Optional<String> role);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Party} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  /** Returns a party with no role. */
  static Party of(Ref<Institution> institution) {
    return builder().institution(institution).build();
  }
}
