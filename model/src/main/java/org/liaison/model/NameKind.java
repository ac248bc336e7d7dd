package org.liaison.model;

import org.apiguardian.api.API;

/** What another name of a record is. Written in files by its {@linkplain #wireName() wire name}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum NameKind implements WireEnum {
  /** {@code alias}. */
  ALIAS,
  /** {@code acronym}. */
  ACRONYM,
  /** {@code translation}. */
  TRANSLATION,
  /** {@code former}. */
  FORMER,
  /** {@code official}. */
  OFFICIAL;

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }
}
