package org.liaison.model;

import org.apiguardian.api.API;

/** How exact a quantity is. Written in files by its {@linkplain #wireName() wire name}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Qualifier implements WireEnum {
  /** {@code exactly}. */
  EXACTLY,
  /** {@code about}. */
  ABOUT,
  /** {@code at-least}. */
  AT_LEAST,
  /** {@code more-than}. */
  MORE_THAN,
  /** {@code up-to}. */
  UP_TO;

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }
}
