/**
 * The Liaison model: immutable values of data format version 1 and the indexed {@link
 * org.liaison.model.Dataset}. It has no runtime dependency; Immutables and apiguardian are needed
 * at compile time only.
 */
module org.liaison.model {
  requires static org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  exports org.liaison.model;
}
