package org.liaison.model;

import org.apiguardian.api.API;

/**
 * What happened during a delegation's visit. Written in files by its {@linkplain #wireName() wire
 * name}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ActivityKind implements WireEnum {
  /** {@code meeting}. */
  MEETING,
  /** {@code symposium}. */
  SYMPOSIUM,
  /** {@code negotiation}. */
  NEGOTIATION,
  /** {@code signing-ceremony}. */
  SIGNING_CEREMONY,
  /** {@code site-visit}. */
  SITE_VISIT,
  /** {@code presentation}. */
  PRESENTATION,
  /** {@code other}. */
  OTHER;

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }
}
