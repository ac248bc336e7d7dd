package org.liaison.io.binding;

/**
 * The code of one {@link Shape} that names its model types: it makes, empties and builds the
 * shape's builder, and sets and gets each field by its name in the table. Plain code rather than
 * method references, so that reading a file links no call site per field (on JDK 17 each is linked
 * at run time, archive or not). {@code RoundTripTest} writes and reads back a dataset that fills
 * every field of every shape ({@code WrittenFieldOrderTest} checks that it does), so a field of the
 * table without its case here, or with a wrong one, fails there.
 *
 * @param <B> the builder the fields go to
 * @param <T> the value built
 */
abstract class Access<B, T> {
  abstract B create();

  /** Empties a builder, so that a binder can use one builder for every value of the shape. */
  abstract void clear(B builder);

  /** The value built; throws {@link IllegalStateException} when a required field is missing. */
  abstract T build(B builder);

  /** Sets field {@code name} to {@code value}, of the type its element reads. */
  abstract void set(B builder, String name, Object value);

  /** The value of field {@code name}, as the model keeps it: an {@code Optional}, a list... */
  abstract Object get(T value, String name);

  /** The failure of a field without its case: a defect of this class, not of the input. */
  static IllegalArgumentException noField(String name) {
    return new IllegalArgumentException("no field " + name);
  }
}
