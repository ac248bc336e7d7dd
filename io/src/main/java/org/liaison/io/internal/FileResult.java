package org.liaison.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.liaison.model.Problem;

/** What one file gave: its valid records, its problems, the references it made. */
final class FileResult {
  final String file;
  final List<ReadRecord> records = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();
  /** The references not settled while reading, checked once every file is read. */
  final List<RefUse> refs = new ArrayList<>();

  FileResult(String file) {
    this.file = file;
  }
}
