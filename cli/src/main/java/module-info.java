/** The {@code liaison} command line. */
module org.liaison.cli {
  requires org.liaison.plugins;
  requires info.picocli;

  opens org.liaison.cli to info.picocli;
}
