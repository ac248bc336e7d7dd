package org.liaison.cli;

/** The exit statuses of {@code liaison}; when several apply, the first in this list wins. */
final class ExitCode {
  private ExitCode() {}

  /**
   * A usage or configuration error: a bad option, a configuration file that cannot be used, a path
   * that holds no data file, a file that cannot be read or written.
   */
  static final int USAGE = 2;

  /**
   * An internal failure: a plugin could not be loaded or threw ({@code plugin.failed}), or Liaison
   * itself failed (a bug, reported with its stack trace; or out of memory).
   */
  static final int INTERNAL = 3;

  /** Problems at or above {@code --fail-on}. */
  static final int PROBLEMS = 1;

  /** Nothing at or above {@code --fail-on}. */
  static final int OK = 0;

  /** The heading of the statuses in {@code --help}. */
  static final String HEADING = "%nExit status (the first that applies of 2, 3, 1, 0):%n";

  /** Status 0 in {@code --help}. */
  static final String HELP_OK =
      "0:nothing at or above --fail-on (validate); done (other" + " commands).";

  /** Status 1 in {@code --help}. */
  static final String HELP_PROBLEMS =
      "1:problems at or above --fail-on (default: error); for" + " export, errors in the data.";

  /** Status 2 in {@code --help}. */
  static final String HELP_USAGE =
      "2:usage or configuration error: a bad option or"
          + " liaison.yaml, a path with no data file, a file that cannot be read or written.";

  /** Status 3 in {@code --help}. */
  static final String HELP_INTERNAL =
      "3:internal failure: a plugin could not be loaded or threw"
          + " (plugin.failed), or Liaison itself failed (a bug: please report it with the stack trace"
          + " it prints).";
}
