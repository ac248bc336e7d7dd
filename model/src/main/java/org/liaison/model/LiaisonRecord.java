package org.liaison.model;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * What every record has: an id unique in its dataset, free-form labels and a name to show. The five
 * kinds of record are the only ones: the interface is sealed, so a {@code switch} over a record's
 * type (or over {@link #recordKind()}) covers them all.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface LiaisonRecord permits Institution, Person, Delegation, Agreement, Source {

  /** The record's id, unique across the dataset. */
  Id id();

  /** Free-form string labels, the format's extension point, in the order written. */
  Map<String, String> labels();

  /** The kind of this record. */
  RecordKind recordKind();

  /**
   * The name to show for this record: an institution's or person's name, an agreement's title, a
   * delegation's title, a source's title or URL; the id where the record has none of these.
   */
  String displayName();
}
