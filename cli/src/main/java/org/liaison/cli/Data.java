package org.liaison.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;

/** Reading the data paths given on the command line. */
final class Data {
  private Data() {}

  static void requireExisting(List<Path> paths) {
    for (Path p : paths) {
      if (!p.toString().equals("-") && !Files.exists(p)) { // - is standard input
        throw new UsageException("no such file or directory: " + p);
      }
    }
  }

  /**
   * Fails when a directory among {@code paths} held no data file: a CI job pointed at the wrong
   * folder must not pass.
   */
  private static void requireDataFiles(List<Path> paths, LoadResult load) {
    List<Path> read =
        load.fileNames().stream().map(f -> Path.of(f).toAbsolutePath().normalize()).toList();
    for (Path p : paths) {
      Path dir = p.toAbsolutePath().normalize();
      if (Files.isDirectory(p) && read.stream().noneMatch(f -> f.startsWith(dir))) {
        throw new UsageException(
            "no data files in "
                + p
                + ": looked for .yaml, .yml and .json"
                + " files in it and its subdirectories, leaving out hidden ones and liaison.yaml (the"
                + " configuration). Give the folder that holds the data, or --allow-empty if an empty"
                + " dataset is fine.");
      }
    }
  }

  /**
   * Reads {@code paths}; a file that cannot be read is a {@link UsageException}, and so is a
   * directory that holds no data file unless {@code allowEmpty} ({@code --allow-empty}).
   */
  static LoadResult read(DatasetReader reader, List<Path> paths, boolean allowEmpty) {
    LoadResult load;
    try {
      load = reader.read(paths);
    } catch (UncheckedIOException e) {
      throw new UsageException(e.getMessage());
    }
    if (!allowEmpty) {
      requireDataFiles(paths, load);
    }
    return load;
  }
}
