/** The {@code liaison} command line. */
module org.liaison.cli {
  requires org.liaison.io;
  requires info.picocli;

  opens org.liaison.cli to info.picocli;
}
