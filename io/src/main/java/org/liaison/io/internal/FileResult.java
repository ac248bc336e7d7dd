package org.liaison.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.model.Id;
import org.liaison.model.Problem;

/** What one file gave: its valid records, its problems, the references it made. */
final class FileResult {
  final String file;
  final List<ReadRecord> records = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();
  final List<RefUse> refs = new ArrayList<>();
  /** Ids of every record met, valid or not, with the record's kind: refs to them are not unknown. */
  final Map<Id, org.liaison.model.RecordKind> claimed = new HashMap<>();

  FileResult(String file) {
    this.file = file;
  }
}
