package org.liaison.plugins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaison.model.Dataset;
import org.liaison.model.Id;
import org.liaison.model.LiaisonRecord;
import org.liaison.model.RecordOrigin;

/**
 * The JSON Pointer of each record: its origin's, or for a record built in code {@code
 * /section/index} by its position among the records of its kind, where a writer puts it.
 */
final class RecordPointers {
  private final Dataset dataset;
  private Map<Id, String> inCode;

  RecordPointers(Dataset dataset) {
    this.dataset = dataset;
  }

  synchronized String of(LiaisonRecord record) {
    Optional<RecordOrigin> origin = dataset.origin(record.id());
    if (origin.isPresent()) {
      return origin.get().pointer();
    }
    if (inCode == null) {
      inCode = new HashMap<>();
      for (List<? extends LiaisonRecord> records :
          List.of(
              dataset.institutions(),
              dataset.people(),
              dataset.delegations(),
              dataset.agreements(),
              dataset.sources())) {
        for (int i = 0; i < records.size(); i++) {
          LiaisonRecord r = records.get(i);
          inCode.put(r.id(), "/" + r.recordKind().section() + "/" + i);
        }
      }
    }
    return inCode.getOrDefault(record.id(), "");
  }
}
