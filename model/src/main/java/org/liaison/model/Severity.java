package org.liaison.model;

import org.apiguardian.api.API;

/** How serious a problem is, from the most serious. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Severity implements WireEnum {
  /** The data is wrong; {@code liaison validate} fails by default. */
  ERROR,
  /** The data is probably incomplete or suspicious. */
  WARNING,
  /** Worth knowing; never fails a run unless asked. */
  INFO;

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  @Override
  public String wireName() {
    return WireEnum.defaultWireName(this);
  }
}
