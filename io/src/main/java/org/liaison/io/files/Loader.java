package org.liaison.io.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.liaison.io.LoadResult;
import org.liaison.io.ReadLimits;
import org.liaison.io.shared.SharedIds;
import org.liaison.io.shared.SharedValues;
import org.liaison.io.shared.TextTable;
import org.liaison.model.Dataset;

/**
 * One load on one thread: reads each file into a {@link FileResult}, then merges them in order into
 * one {@link Dataset} ({@link LoadMerge}). {@link ParallelLoad} reads many files on several
 * threads.
 */
public final class Loader {
  private final ReadLimits limits;
  private final int threads;
  private final FileLoader fileLoader;
  private final List<FileResult> files = new ArrayList<>();

  /** Whether {@link #finish()} has run: the load's tables are emptied, and this loader spent. */
  private boolean finished;

  /**
   * Starts a load under the given limits; the dataset's indexes may be built on up to {@code
   * threads} threads.
   */
  public Loader(ReadLimits limits, int threads) {
    this.limits = limits;
    this.threads = threads;
    this.fileLoader =
        new FileLoader(
            limits,
            new LoadBudget(limits.maxRecords(), limits.maxLoadBytes()),
            new SharedValues(new SharedIds(), 0));
  }

  /** Reads one file; its format comes from its extension, or its content when that says nothing. */
  public void read(Path path) {
    requireUnfinished();
    FileResult r = fileLoader.read(path);
    if (r != null) {
      files.add(r);
    }
  }

  /**
   * Reads one stream named {@code name} in locations; the format comes from the name or content.
   * Its bytes are kept, up to the file size limit and an eighth of the heap, to place the problems
   * found later: a stream cannot be read again, and a file of the same name is not it.
   */
  public void read(InputStream stream, String name) throws IOException {
    requireUnfinished();
    files.add(fileLoader.readKept(stream, name));
  }

  /**
   * Merges what was read into a dataset and every problem found, sorted. Once: the load's tables
   * are emptied then (see {@link TextTable#clear()}), and this loader can read no more.
   *
   * @throws IllegalStateException if called before on this loader
   */
  public LoadResult finish() {
    requireUnfinished();
    finished = true;
    SharedValues shared = fileLoader.shared();
    LoadResult result = LoadMerge.merge(files, shared.ids(), threads, limits);
    shared.clear(); // the load is done: its tables would only keep garbage alive
    return result;
  }

  private void requireUnfinished() {
    if (finished) {
      throw new IllegalStateException(
          "this load is finished and its tables emptied: start a new" + " Loader to read more");
    }
  }

  /** How many files were read so far. */
  public int fileCount() {
    return files.size();
  }
}
