package org.liaison.io.files;

import org.liaison.model.LiaisonRecord;
import org.liaison.model.Location;
import org.liaison.model.RecordOrigin;

/** A record as read from a file, with where it and its id stand. */
public final class ReadRecord {
  final LiaisonRecord record;
  final RecordOrigin origin;
  final Location idLocation;

  public ReadRecord(LiaisonRecord record, RecordOrigin origin, Location idLocation) {
    this.record = record;
    this.origin = origin;
    this.idLocation = idLocation;
  }
}
