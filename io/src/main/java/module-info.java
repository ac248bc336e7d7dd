/** Reading and writing Liaison datasets as YAML and JSON, with the location of every problem. */
// the modules named by the qualified exports are compiled after this one
@SuppressWarnings("module")
module org.liaison.io {
  requires transitive org.liaison.model;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires static transitive org.apiguardian.api;

  exports org.liaison.io;
  exports org.liaison.io.files to
      org.liaison.plugins;
  exports org.liaison.io.locating to
      org.liaison.plugins;
  exports org.liaison.io.messages to
      org.liaison.plugins;
  exports org.liaison.io.tokens to
      org.liaison.benchmarks;
  exports org.liaison.io.writing to
      org.liaison.plugins,
      org.liaison.cli;
}
