package org.liaison.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the command, from the jar's manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Liaison.class.getPackage().getImplementationVersion();
    return new String[] {"liaison " + (v == null ? "(development build)" : v)};
  }
}
