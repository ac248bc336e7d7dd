package org.liaison.model;

import org.apiguardian.api.API;

/**
 * The role a person plays in a delegation. Written in files by its {@linkplain #wireName() wire
 * name}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ParticipantRole implements WireEnum {
  /** {@code leader}. */
  LEADER,
  /** {@code member}. */
  MEMBER,
  /** {@code host}. */
  HOST,
  /** {@code chair}. */
  CHAIR,
  /** {@code speaker}. */
  SPEAKER,
  /** {@code signatory}. */
  SIGNATORY,
  /** {@code witness}. */
  WITNESS,
  /** {@code guest}. */
  GUEST;

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }
}
