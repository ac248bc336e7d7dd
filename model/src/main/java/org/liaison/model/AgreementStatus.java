package org.liaison.model;

import org.apiguardian.api.API;

/** Where an agreement stands. Written in files by its {@linkplain #wireName() wire name}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AgreementStatus implements WireEnum {
  /** An idea was raised. */
  PROPOSED,
  /** A preliminary cooperation intention. */
  INTENDED,
  /** Consensus reached, nothing signed. */
  AGREED,
  /** Signed. */
  SIGNED,
  /** Being carried out. */
  ACTIVE,
  /** Ended after signing, its aims met. */
  COMPLETED,
  /** Ended after signing, before its term. */
  TERMINATED,
  /** Ended after signing, at the end of its term. */
  EXPIRED,
  /** Abandoned before signing. */
  CANCELLED;

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }
}
