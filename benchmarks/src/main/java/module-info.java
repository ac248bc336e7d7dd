/**
 * JMH benchmarks of Liaison's bulk load path and its baselines, on generated datasets. Not
 * published; run from the shaded {@code benchmarks.jar}, on the class path.
 */
// JMH and JOL are automatic modules
@SuppressWarnings("requires-automatic")
module org.liaison.benchmarks {
  requires org.liaison.io;
  requires org.liaison.plugins;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.annotation;
  requires org.snakeyaml.engine;
  requires org.yaml.snakeyaml;
  requires jmh.core;
  requires jol.core;
  requires jdk.management;
  requires static org.apiguardian.api;

  // JMH's generated classes live in org.liaison.benchmarks.jmh_generated, inside this module
  exports org.liaison.benchmarks.jmh_generated;

  opens org.liaison.benchmarks to
      tools.jackson.databind,
      jmh.core;
}
