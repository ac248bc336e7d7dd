package org.liaison.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the command, from the jar's manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"liaison " + current()};
  }

  /** The version, or {@code development} when not run from a built jar. */
  static String current() {
    String v = Liaison.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
