package org.liaison.plugins;

import org.apiguardian.api.API;

/** Two plugins claim one id or format; the run cannot go on until one is removed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PluginConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PluginConflictException(String message) {
    super(message);
  }
}
