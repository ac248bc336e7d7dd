package org.liaison.model;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A geographic location; every part is optional. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Place {

  /** The city. */
  Optional<String> city();

  /** The region, province or state. */
  Optional<String> region();

  /** The country, as an ISO 3166-1 alpha-2 code. */
  Optional<String> country();

  /** The street address. */
  Optional<String> address();

  /** Returns a copy with {@link #city()} set to {@code city}. */
  Place withCity(String city);

  /** Returns a copy with {@link #city()} set to {@code city}. */
  Place withCity(Optional<String> city);

  /** Returns a copy with {@link #region()} set to {@code region}. */
  Place withRegion(String region);

  /** Returns a copy with {@link #region()} set to {@code region}. */
  Place withRegion(Optional<String> region);

  /** Returns a copy with {@link #country()} set to {@code country}. */
  Place withCountry(String country);

  /** Returns a copy with {@link #country()} set to {@code country}. */
  Place withCountry(Optional<String> country);

  /** Returns a copy with {@link #address()} set to {@code address}. */
  Place withAddress(String address);

  /** Returns a copy with {@link #address()} set to {@code address}. */
  Place withAddress(Optional<String> address);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Place} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
