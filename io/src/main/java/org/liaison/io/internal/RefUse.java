package org.liaison.io.internal;

import org.liaison.model.Id;
import org.liaison.model.Location;
import org.liaison.model.RecordKind;

/** A reference met while reading, checked once every file is read. */
final class RefUse {
  final Id target;
  final RecordKind expected;
  final Location location;
  final String pointer;
  Id from;

  RefUse(Id target, RecordKind expected, Location location, String pointer) {
    this.target = target;
    this.expected = expected;
    this.location = location;
    this.pointer = pointer;
  }
}
