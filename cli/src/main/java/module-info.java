/** The {@code liaison} command line. */
module org.liaison.cli {
  requires org.liaison.plugins;
  requires info.picocli;
  requires java.xml;
  requires tools.jackson.core;

  opens org.liaison.cli to info.picocli;
}
