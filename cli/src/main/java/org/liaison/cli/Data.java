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

  static LoadResult read(DatasetReader reader, List<Path> paths) {
    try {
      return reader.read(paths);
    } catch (UncheckedIOException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
