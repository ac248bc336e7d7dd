package org.liaison.plugins;

import org.apiguardian.api.API;

/**
 * A configuration file that cannot be used: malformed, or naming a rule, plugin or option that does
 * not exist. The message names the place ({@code liaison.yaml:4:3}) and what to change.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigException(String message) {
    super(message);
  }
}
