package org.liaison.io.internal;

import java.util.List;
import org.liaison.model.Id;
import org.liaison.model.RecordKind;

/**
 * The kinds claimed for ids by the records of a load, over the values of each thread that read
 * it. {@link Loader#readAll} only merges when the threads agree on every id they share.
 */
final class Claims {
  private final List<SharedValues> values;

  Claims(List<SharedValues> values) {
    this.values = values;
  }

  /** The kind of the first record that claimed {@code id}, or {@code null}. */
  RecordKind claimed(Id id) {
    for (SharedValues v : values) {
      RecordKind k = v.claimed(id);
      if (k != null) {
        return k;
      }
    }
    return null;
  }

  /** The ids claimed by records of {@code kind}, sorted: candidates for a did-you-mean. */
  List<String> claimedBy(RecordKind kind) {
    if (values.size() == 1) {
      return values.get(0).claimedBy(kind);
    }
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    for (SharedValues v : values) {
      all.addAll(v.claimedBy(kind));
    }
    return List.copyOf(all);
  }
}
