package org.liaison.io.files;

import org.liaison.io.shared.SharedIds;
import org.liaison.io.tokens.TokenStream;
import org.liaison.model.Id;
import org.liaison.model.Location;
import org.liaison.model.RecordKind;

/**
 * A reference met while reading and not settled on the spot (the record it names was not read yet,
 * on any thread, or is of another kind), checked once every file is read. It is kept in the
 * cheapest form that can still place a problem: the position as a number, and the pointer as the
 * record's own pointer (made once per record) and the path within the record (shared, as the same
 * few paths repeat in every record). A data set that refers ahead of itself keeps one per such
 * reference.
 */
public final class RefUse {
  /** The id referred to, with the kind claimed for it once every file is read. */
  final SharedIds.Entry target;

  final RecordKind expected;
  private final String file;

  /** As {@link TokenStream#position()} gives it, or -1 where the value is not a scalar. */
  private final long position;

  private final String recordPointer;
  private final String path;

  /** The id of the record the reference is in, once that is read; {@code null} if it has none. */
  public Id from;

  public RefUse(
      SharedIds.Entry target,
      RecordKind expected,
      String file,
      long position,
      String recordPointer,
      String path) {
    this.target = target;
    this.expected = expected;
    this.file = file;
    this.position = position;
    this.recordPointer = recordPointer;
    this.path = path;
  }

  /** Where the reference is written, or {@code null} if it is not a scalar. */
  Location location() {
    return position < 0 ? null : Location.of(file, (int) (position >>> 32), (int) position);
  }

  /** The JSON Pointer of the reference. */
  String pointer() {
    return recordPointer + path;
  }
}
