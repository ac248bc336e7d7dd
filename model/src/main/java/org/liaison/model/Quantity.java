package org.liaison.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A counted amount: a value, its unit, how exact it is, and the period it is per. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@PartStyle
@Value.Immutable
public interface Quantity {

  /** The number. */
  BigDecimal value();

  /** What is counted ({@code jobs}). */
  Optional<String> unit();

  /** How exact the value is. */
  Optional<Qualifier> qualifier();

  /** The period the value is counted per. */
  Optional<Period> per();

  /** Returns a copy with {@link #value()} set to {@code value}. */
  Quantity withValue(BigDecimal value);

  /** Returns a copy with {@link #unit()} set to {@code unit}. */
  Quantity withUnit(String unit);

  /** Returns a copy with {@link #unit()} set to {@code unit}. */
  Quantity withUnit(Optional<String> unit);

  /** Returns a copy with {@link #qualifier()} set to {@code qualifier}. */
  Quantity withQualifier(Qualifier qualifier);

  /** Returns a copy with {@link #qualifier()} set to {@code qualifier}. */
  Quantity withQualifier(Optional<? extends Qualifier> qualifier);

  /** Returns a copy with {@link #per()} set to {@code per}. */
  Quantity withPer(Period per);

  /** Returns a copy with {@link #per()} set to {@code per}. */
  Quantity withPer(Optional<? extends Period> per);

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Quantity} values; {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing.
   */
  final class Builder extends ImmutableQuantity.Builder {
    Builder() {}
  }
}
