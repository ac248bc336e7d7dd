package org.liaison.model;

import org.apiguardian.api.API;

/** The kind of an agreement. Written in files by its {@linkplain #wireName() wire name}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AgreementKind implements WireEnum {
  /** {@code strategic-cooperation}. */
  STRATEGIC_COOPERATION,
  /** {@code memorandum-of-understanding}. */
  MEMORANDUM_OF_UNDERSTANDING,
  /** {@code framework-agreement}. */
  FRAMEWORK_AGREEMENT,
  /** {@code joint-platform}. */
  JOINT_PLATFORM,
  /** {@code co-built-base}. */
  CO_BUILT_BASE,
  /** {@code internship-base}. */
  INTERNSHIP_BASE,
  /** {@code order-class}. */
  ORDER_CLASS,
  /** {@code joint-laboratory}. */
  JOINT_LABORATORY,
  /** {@code party-building}. */
  PARTY_BUILDING,
  /** {@code talent-training}. */
  TALENT_TRAINING,
  /** {@code other}. */
  OTHER;

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }
}
