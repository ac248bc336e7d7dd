/**
 * The Liaison model: immutable values of data format version 1 and the indexed {@link
 * org.liaison.model.Dataset}. It has no runtime dependency: the annotations of Immutables and
 * apiguardian are read by compilers only.
 */
// Immutables' annotations jar has no module-info
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.liaison.model {
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  exports org.liaison.model;
}
