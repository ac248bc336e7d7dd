package org.liaison.model;

import org.apiguardian.api.API;

/**
 * Where a record was read from: the location of its first line and its JSON Pointer in the
 * document ({@code /institutions/3}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordOrigin {
  private final Location location;
  private final String pointer;
  private final int document;

  private RecordOrigin(Location location, String pointer, int document) {
    this.location = location;
    this.pointer = pointer;
    this.document = document;
  }

  /**
   * Returns the origin of a record at {@code location}, at {@code pointer} in the {@code document}
   * -th (0-based) document of its file.
   */
  public static RecordOrigin of(Location location, String pointer, int document) {
    return new RecordOrigin(
        java.util.Objects.requireNonNull(location), java.util.Objects.requireNonNull(pointer), document);
  }

  /** Where the record starts. */
  public Location location() {
    return location;
  }

  /** The record's JSON Pointer in its document. */
  public String pointer() {
    return pointer;
  }

  /** The 0-based index of the record's document in its file. */
  public int document() {
    return document;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RecordOrigin)) {
      return false;
    }
    RecordOrigin r = (RecordOrigin) o;
    return location.equals(r.location) && pointer.equals(r.pointer) && document == r.document;
  }

  @Override
  public int hashCode() {
    return (location.hashCode() * 31 + pointer.hashCode()) * 31 + document;
  }

  @Override
  public String toString() {
    return location + " " + pointer;
  }
}
