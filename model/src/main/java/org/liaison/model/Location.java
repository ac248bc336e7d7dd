package org.liaison.model;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A place in an input file: the file as it was named to the reader, and a 1-based line and column.
 * A line or column of 0 means "not known" and is left out of {@link #toString()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Location implements Comparable<Location> {
  private final String file;
  private final int line;
  private final int column;

  private Location(String file, int line, int column) {
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the location at {@code line} and {@code column} (both 1-based, 0 when unknown) of
   * {@code file}.
   *
   * @throws IllegalArgumentException for a negative line or column
   */
  public static Location of(String file, int line, int column) {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
    }
    return new Location(Objects.requireNonNull(file, "file"), line, column);
  }

  /** Returns a location that names a whole file. */
  public static Location ofFile(String file) {
    return of(file, 0, 0);
  }

  /** The file, as it was named to the reader ({@code <string>} for text read from a string). */
  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** Orders by file, then line, then column. */
  @Override
  public int compareTo(Location o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = Integer.compare(line, o.line);
    }
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Location)) {
      return false;
    }
    Location l = (Location) o;
    return file.equals(l.file) && line == l.line && column == l.column;
  }

  @Override
  public int hashCode() {
    return (file.hashCode() * 31 + line) * 31 + column;
  }

  /** Returns {@code file:line:column}, or less when line or column are unknown. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
