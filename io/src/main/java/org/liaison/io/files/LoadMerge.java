package org.liaison.io.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.io.Directive;
import org.liaison.io.LoadResult;
import org.liaison.io.ReadLimits;
import org.liaison.io.SourceLocator;
import org.liaison.io.messages.Messages;
import org.liaison.io.shared.SharedIds;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Dataset;
import org.liaison.model.Id;
import org.liaison.model.Location;
import org.liaison.model.Problem;

/**
 * Merges the files of a load, in order, into one dataset: reports duplicate ids (naming both
 * places), checks the references not settled while reading, and gathers every problem, sorted.
 */
final class LoadMerge {
  private LoadMerge() {}

  /** The load's result; the files' lists are emptied once the dataset is built. */
  static LoadResult merge(
      List<FileResult> files, SharedIds shared, int threads, ReadLimits limits) {
    Dataset.Builder dataset = Dataset.builder().threads(threads);
    List<Problem> problems = new ArrayList<>();
    addRecords(files, dataset, problems);
    checkReferences(files, shared, problems);
    problems.sort(Problem.ORDER);
    LoadResult result = result(files, dataset, problems, limits);
    clear(files);
    return result;
  }

  private static LoadResult result(
      List<FileResult> files, Dataset.Builder dataset, List<Problem> problems, ReadLimits limits) {
    return LoadResult.of(
        dataset.build(),
        problems,
        files.stream().map(f -> f.file).toList(),
        files.stream().mapToInt(f -> f.records.size()).sum(),
        directives(files),
        SourceLocator.create(limits, keptTexts(files)));
  }

  /** Empties the files' lists once the dataset is built: garbage now, see TextTable.clear(). */
  private static void clear(List<FileResult> files) {
    for (FileResult file : files) {
      file.records.clear();
      file.refs.clear();
    }
  }

  private static void checkReferences(
      List<FileResult> files, SharedIds shared, List<Problem> problems) {
    References references = new References(shared);
    for (FileResult file : files) {
      references.check(file, problems);
    }
  }

  /**
   * Adds each file's records to {@code dataset} in order, an {@code id.duplicate} for each repeat.
   */
  private static void addRecords(
      List<FileResult> files, Dataset.Builder dataset, List<Problem> problems) {
    Map<Id, ReadRecord> first = null; // the first record of each id, made at the first duplicate
    for (FileResult file : files) {
      problems.addAll(file.problems);
      for (ReadRecord r : file.records) {
        if (!dataset.add(r.record, r.origin)) {
          first = first != null ? first : firstOfEachId(files);
          problems.add(duplicate(r, first.get(r.record.id())));
        }
      }
    }
  }

  private static List<Directive> directives(List<FileResult> files) {
    List<Directive> directives = new ArrayList<>();
    for (FileResult file : files) {
      directives.addAll(file.directives.kept());
    }
    return directives;
  }

  /** The bytes kept of the streams read, by name, to place problems found later. */
  private static Map<String, byte[]> keptTexts(List<FileResult> files) {
    Map<String, byte[]> texts = new HashMap<>();
    for (FileResult file : files) {
      if (file.text != null) {
        texts.put(
            file.file,
            file.textLength == file.text.length
                ? file.text
                : Arrays.copyOf(file.text, file.textLength));
      }
    }
    return texts;
  }

  private static Map<Id, ReadRecord> firstOfEachId(List<FileResult> files) {
    Map<Id, ReadRecord> first = new HashMap<>();
    for (FileResult file : files) {
      for (ReadRecord r : file.records) {
        first.putIfAbsent(r.record.id(), r);
      }
    }
    return first;
  }

  private static Problem duplicate(ReadRecord r, ReadRecord earlier) {
    Location firstAt = earlier.idLocation != null ? earlier.idLocation : earlier.origin.location();
    return BuiltinCode.ID_DUPLICATE
        .problem(
            "the id "
                + Messages.quote(r.record.id().value())
                + " is already used by "
                + References.article(earlier.record.recordKind())
                + " at "
                + firstAt
                + "; ids are unique across all records of the dataset: rename one of them")
        .recordId(r.record.id())
        .pointer(r.origin.pointer() + "/id")
        .location(r.idLocation != null ? r.idLocation : r.origin.location())
        .related(List.of(firstAt))
        .build();
  }
}
