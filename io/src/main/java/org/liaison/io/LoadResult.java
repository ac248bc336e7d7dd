package org.liaison.io;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.liaison.model.Dataset;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * What a read gives: the dataset of every record that could be read, and every problem found,
 * sorted by file, line, column and code. A record with a problem in a required field is left out of
 * the dataset; one with a problem elsewhere is kept without the bad value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LoadResult {
  private final Dataset dataset;
  private final List<Problem> problems;
  private final int files;
  private final int recordsRead;
  private final List<String> fileNames;
  private final List<Directive> directives;
  private final SourceLocator locator;

  private LoadResult(
      Dataset dataset,
      List<Problem> problems,
      List<String> fileNames,
      int recordsRead,
      List<Directive> directives,
      SourceLocator locator) {
    this.dataset = dataset;
    this.problems = List.copyOf(problems);
    this.files = fileNames.size();
    this.fileNames = List.copyOf(fileNames);
    this.recordsRead = recordsRead;
    this.directives = List.copyOf(directives);
    this.locator = Objects.requireNonNull(locator, "locator");
  }

  /**
   * Returns a result without comments, whose values are placed by reading their files again; for
   * readers of other kinds than {@link DatasetReader}.
   *
   * @param fileNames the files read, named as in problem locations
   * @param recordsRead the records read, duplicates included
   */
  public static LoadResult of(
      Dataset dataset, List<Problem> problems, List<String> fileNames, int recordsRead) {
    return of(
        dataset,
        problems,
        fileNames,
        recordsRead,
        List.of(),
        SourceLocator.create(ReadLimits.defaults()));
  }

  /**
   * Returns a result with the comments addressed to Liaison found while reading, and the locator
   * that places the values read.
   *
   * @param fileNames the files read, named as in problem locations
   * @param recordsRead the records read, duplicates included
   * @param directives the comments addressed to Liaison, in file order
   * @param locator places the values of the records read, for problems found later
   */
  public static LoadResult of(
      Dataset dataset,
      List<Problem> problems,
      List<String> fileNames,
      int recordsRead,
      List<Directive> directives,
      SourceLocator locator) {
    return new LoadResult(dataset, problems, fileNames, recordsRead, directives, locator);
  }

  /**
   * The comments addressed to Liaison ({@code # liaison-…}) of the files read, in file and line
   * order, found while reading: acting on them needs no second reading of any file.
   */
  public List<Directive> directives() {
    return directives;
  }

  /**
   * Places the values of the records read: from the text kept in memory for a string, a stream or a
   * pipe (never from a file of the same name), by reading a file again otherwise.
   */
  public SourceLocator locator() {
    return locator;
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
  public int fileCount() {
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
    return files
        + " files, "
        + dataset.size()
        + " records: "
        + count(Severity.ERROR)
        + " errors, "
        + count(Severity.WARNING)
        + " warnings";
  }
}
