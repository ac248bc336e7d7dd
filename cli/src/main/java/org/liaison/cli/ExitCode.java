package org.liaison.cli;

/** The exit statuses of {@code liaison}; when several apply, the first in this list wins. */
final class ExitCode {
  private ExitCode() {}

  /** A usage or configuration error, or a path that cannot be read. */
  static final int USAGE = 2;
  /** An internal failure: a plugin crashed. */
  static final int INTERNAL = 3;
  /** Problems at or above {@code --fail-on}. */
  static final int PROBLEMS = 1;
  /** Nothing at or above {@code --fail-on}. */
  static final int OK = 0;
}
