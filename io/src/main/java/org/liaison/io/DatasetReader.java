package org.liaison.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.apiguardian.api.API;
import org.liaison.io.files.DataFiles;
import org.liaison.io.files.Loader;
import org.liaison.io.files.ParallelLoad;

/**
 * Reads a dataset from YAML and JSON files, directories, streams or strings, in one call, and
 * reports every problem of every file: it never stops at the first one, and bad data never throws.
 * Each problem carries its code, a message that says what to change, a JSON Pointer and the {@code
 * file:line:column} of the offending value.
 *
 * <pre>{@code
 * LoadResult result = DatasetReader.create().read(Path.of("data"));
 * result.problems().forEach(System.err::println);
 * Dataset data = result.dataset();
 * }</pre>
 *
 * <p>A directory is read recursively, its {@code .yaml}, {@code .yml} and {@code .json} files in
 * sorted path order; files and directories whose names start with {@code .} are skipped, and so is
 * the configuration file {@code liaison.yaml}. The format of a file comes from its extension, or
 * from its first character when the name has no known extension. A reader is immutable and may be
 * shared between threads.
 *
 * <p>The files of a multi-file read are read on several threads, as many as the machine has cores
 * unless {@link #withThreads(int)} says otherwise. The result does not depend on the number of
 * threads: records keep the order of the files, and the problems are the same.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DatasetReader {
  private final ReadLimits limits;
  private final Progress progress;
  private final int threads;

  /**
   * Told after each file of a multi-file read; for progress displays. Calls may come from the
   * reader's threads, but never two at once, and {@code done} only grows.
   */
  @FunctionalInterface
  public interface Progress {
    /** {@code done} of {@code total} files have been read. */
    void filesRead(int done, int total);
  }

  private DatasetReader(ReadLimits limits, Progress progress, int threads) {
    this.limits = limits;
    this.progress = progress;
    this.threads = threads;
  }

  /** Returns a reader with the default {@link ReadLimits}, reading files on every core. */
  public static DatasetReader create() {
    return new DatasetReader(
        ReadLimits.defaults(), (done, total) -> {}, Runtime.getRuntime().availableProcessors());
  }

  /** Returns a reader with other limits. */
  public DatasetReader withLimits(ReadLimits limits) {
    return new DatasetReader(Objects.requireNonNull(limits, "limits"), progress, threads);
  }

  /** Returns a reader that tells {@code progress} after each file it reads. */
  public DatasetReader withProgress(Progress progress) {
    return new DatasetReader(limits, Objects.requireNonNull(progress, "progress"), threads);
  }

  /**
   * Returns a reader that reads the files of a multi-file read on at most {@code threads} threads,
   * and builds the indexes of a large dataset on up to two (see {@link
   * org.liaison.model.Dataset.Builder#threads(int)}); 1 does all on the calling thread.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public DatasetReader withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
    }
    return new DatasetReader(limits, progress, threads);
  }

  /** The limits this reader applies. */
  public ReadLimits limits() {
    return limits;
  }

  /** The most threads this reader reads files on. */
  public int threads() {
    return threads;
  }

  /**
   * Reads files and directories into one dataset. A pipe, a process substitution or {@code
   * /dev/stdin} is read as a stream, within the limits, and the path {@code -} stands for standard
   * input (named {@code <stdin>} in locations). A file that cannot be read (it does not exist, a
   * link leads nowhere or in a loop, access is denied) is a {@code file.unreadable} problem of that
   * path, and the others are read.
   *
   * @throws UncheckedIOException if a directory given cannot be walked at all; problems in the data
   *     never throw
   */
  public LoadResult read(Path... paths) {
    return read(List.of(paths));
  }

  /** Reads files and directories into one dataset; see {@link #read(Path...)}. */
  public LoadResult read(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      files.addAll(DataFiles.of(path));
    }
    return ParallelLoad.readAll(files, limits, threads, counting(files.size()));
  }

  /** Tells the listener each new count of files read, from whichever thread read the file. */
  private IntConsumer counting(int total) {
    Object lock = new Object();
    int[] told = {0};
    return done -> {
      synchronized (lock) {
        if (done > told[0]) {
          told[0] = done;
          progress.filesRead(done, total);
        }
      }
    };
  }

  /**
   * Reads a stream. {@code name} stands for the stream in locations, and its extension, if any,
   * names the format; without one the format is detected from the content. The stream is not
   * closed.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  public LoadResult read(InputStream in, String name) {
    Loader loader = new Loader(limits, threads);
    try {
      loader.read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return loader.finish();
  }

  /**
   * Reads a dataset from text; {@code name} stands for it in locations and may name the format by
   * its extension ({@code data.json}).
   */
  public LoadResult readString(String text, String name) {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }
}
