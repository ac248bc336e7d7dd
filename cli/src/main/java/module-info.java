/**
 * The {@code liaison} command line. Its report formats ({@code org.liaison.cli.report}) are
 * exported for other hosts of a validation run, such as the Maven plugin.
 */
module org.liaison.cli {
  requires transitive org.liaison.plugins;
  requires info.picocli;
  requires java.xml;
  requires tools.jackson.core;

  exports org.liaison.cli.report;

  opens org.liaison.cli to
      info.picocli;
}
