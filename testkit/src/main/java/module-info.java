/**
 * The Liaison test kit: runs validators and exporters as the {@code liaison} command does and
 * checks what they reported with AssertJ assertions.
 */
module org.liaison.testkit {
  requires transitive org.liaison.plugins;
  requires transitive org.assertj.core;
  requires static org.apiguardian.api;

  exports org.liaison.testkit;
}
