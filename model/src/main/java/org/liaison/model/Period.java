package org.liaison.model;

import org.apiguardian.api.API;

/**
 * The period a rate-like quantity is counted per. Written in files by its {@linkplain #wireName()
 * wire name}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Period implements WireEnum {
  /** {@code day}. */
  DAY,
  /** {@code week}. */
  WEEK,
  /** {@code month}. */
  MONTH,
  /** {@code year}. */
  YEAR;

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }
}
