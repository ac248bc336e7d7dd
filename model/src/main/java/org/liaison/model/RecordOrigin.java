package org.liaison.model;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a record was read from: the location of its first line and its JSON Pointer in the document
 * ({@code /institutions/3}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordOrigin {
  // Kept flat, not as a Location and a pointer string: a loaded dataset holds one per record.
  private final String file;
  private final int line;
  private final int column;

  /** The record's section, when its pointer is {@code /section/index}; else {@code null}. */
  private final RecordKind kind;

  private final int index;

  /** The pointer, when it is not {@code /section/index}; else {@code null}. */
  private final String pointer;

  private final int document;

  private RecordOrigin(
      Location location, RecordKind kind, int index, String pointer, int document) {
    this(location.file(), location.line(), location.column(), kind, index, pointer, document);
  }

  /** An origin from its parts, as {@link Dataset} keeps them: {@code pointer} or {@code kind}. */
  RecordOrigin(
      String file, int line, int column, RecordKind kind, int index, String pointer, int document) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.kind = kind;
    this.index = index;
    this.pointer = pointer;
    this.document = document;
  }

  // The parts, for Dataset, which keeps them in its slot of the record instead of this object.

  String file() {
    return file;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  /** The record's kind where its pointer is {@code /section/index}, else {@code null}. */
  RecordKind kind() {
    return kind;
  }

  int index() {
    return index;
  }

  /** The pointer where it is not {@code /section/index}, else {@code null}. */
  String rawPointer() {
    return pointer;
  }

  /**
   * Returns the origin of a record at {@code location}, at {@code pointer} in the {@code document}
   * -th (0-based) document of its file.
   */
  public static RecordOrigin of(Location location, String pointer, int document) {
    Objects.requireNonNull(location);
    Objects.requireNonNull(pointer);
    for (RecordKind kind : RecordKind.values()) {
      String prefix = "/" + kind.section() + "/";
      if (pointer.startsWith(prefix)
          && pointer.length() > prefix.length()
          && pointer.length() - prefix.length() <= 9) {
        String digits = pointer.substring(prefix.length());
        if (digits.chars().allMatch(c -> c >= '0' && c <= '9')
            && (digits.length() == 1 || digits.charAt(0) != '0')) {
          return new RecordOrigin(location, kind, Integer.parseInt(digits), null, document);
        }
      }
    }
    return new RecordOrigin(location, null, 0, pointer, document);
  }

  /**
   * Returns the origin of the {@code index}-th (0-based) record of the section of {@code kind}, at
   * {@code location} in the {@code document}-th document of its file: its pointer is {@code
   * /section/index}.
   */
  public static RecordOrigin of(Location location, RecordKind kind, int index, int document) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more, not " + index);
    }
    return new RecordOrigin(
        Objects.requireNonNull(location), Objects.requireNonNull(kind), index, null, document);
  }

  /** Where the record starts. */
  public Location location() {
    return Location.of(file, line, column);
  }

  /** The record's JSON Pointer in its document. */
  public String pointer() {
    return pointer != null ? pointer : "/" + kind.section() + "/" + index;
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
    return file.equals(r.file)
        && line == r.line
        && column == r.column
        && pointer().equals(r.pointer())
        && document == r.document;
  }

  @Override
  public int hashCode() {
    return (location().hashCode() * 31 + pointer().hashCode()) * 31 + document;
  }

  @Override
  public String toString() {
    return location() + " " + pointer();
  }
}
