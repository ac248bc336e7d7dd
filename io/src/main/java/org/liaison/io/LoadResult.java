package org.liaison.io;

import java.util.List;
import org.apiguardian.api.API;
import org.liaison.model.Dataset;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * What a read gives: the dataset of every record that could be read, and every problem found,
 * sorted by file, line, column and code. A record with a problem in a required field is left out
 * of the dataset; one with a problem elsewhere is kept without the bad value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LoadResult {
  private final Dataset dataset;
  private final List<Problem> problems;
  private final int files;
  private final int recordsRead;
  private final List<String> fileNames;

  private LoadResult(Dataset dataset, List<Problem> problems, List<String> fileNames,
      int recordsRead) {
    this.dataset = dataset;
    this.problems = List.copyOf(problems);
    this.files = fileNames.size();
    this.fileNames = List.copyOf(fileNames);
    this.recordsRead = recordsRead;
  }

  /**
   * Returns a result; for readers of other kinds than {@link DatasetReader}.
   *
   * @param fileNames the files read, named as in problem locations
   * @param recordsRead the records read, duplicates included
   */
  public static LoadResult of(Dataset dataset, List<Problem> problems, List<String> fileNames,
      int recordsRead) {
    return new LoadResult(dataset, problems, fileNames, recordsRead);
  }

  /** The files read, in the order read, named as in problem locations. */
  public List<String> fileNames() {
    return fileNames;
  }

  /** The records that could be read, indexed. */
  public Dataset dataset() {
    return dataset;
  }

  /** Every problem found, sorted by {@link Problem#ORDER}. */
  public List<Problem> problems() {
    return problems;
  }

  /** How many files were read. */
  public int files() {
    return files;
  }

  /** How many valid records were read, duplicates included. */
  public int recordsRead() {
    return recordsRead;
  }

  /** How many problems have the given severity. */
  public long count(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  @Override
  public String toString() {
    return files + " files, " + dataset.size() + " records: " + count(Severity.ERROR) + " errors, "
        + count(Severity.WARNING) + " warnings";
  }
}
