package org.liaison.model;

import org.apiguardian.api.API;

/** The kind of an institution. Written in files by its {@linkplain #wireName() wire name}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum InstitutionKind implements WireEnum {
  /** {@code university}. */
  UNIVERSITY,
  /** {@code college}. */
  COLLEGE,
  /** {@code vocational-college}. */
  VOCATIONAL_COLLEGE,
  /** {@code school}. */
  SCHOOL,
  /** {@code department}. */
  DEPARTMENT,
  /** {@code party-organization}. */
  PARTY_ORGANIZATION,
  /** {@code enterprise}. */
  ENTERPRISE,
  /** {@code enterprise-group}. */
  ENTERPRISE_GROUP,
  /** {@code government-agency}. */
  GOVERNMENT_AGENCY,
  /** {@code association}. */
  ASSOCIATION,
  /** {@code industrial-park}. */
  INDUSTRIAL_PARK,
  /** {@code committee}. */
  COMMITTEE,
  /** {@code research-institute}. */
  RESEARCH_INSTITUTE,
  /** {@code joint-institute}. */
  JOINT_INSTITUTE,
  /** {@code other}. */
  OTHER;

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }
}
