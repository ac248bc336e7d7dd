package org.liaison.model;

import java.util.Map;
import org.apiguardian.api.API;

/** What every record has: an id unique in its dataset, and free-form labels. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface LiaisonRecord {

  /** The record's id, unique across the dataset. */
  Id id();

  /** Free-form string labels, the format's extension point, in the order written. */
  Map<String, String> labels();

  /** The kind of this record. */
  RecordKind recordKind();
}
