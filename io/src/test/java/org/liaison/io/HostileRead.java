package org.liaison.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.liaison.model.Problem;

/**
 * Reads one file and says what came of it, in a JVM of its own: {@link SmallHeapReadIT} starts it
 * with a small heap. Prints the number of records, the count of problems by code and the first
 * problems, one line each, and exits with 0; an {@link Error} that escapes the read ends the JVM
 * with its stack trace and a status other than 0.
 */
public final class HostileRead {
  private HostileRead() {}

  /** Reads the file {@code args[0]}. */
  public static void main(String[] args) {
    LoadResult result = DatasetReader.create().read(Path.of(args[0]));
    Map<String, Long> byCode =
        result.problems().stream()
            .collect(Collectors.groupingBy(Problem::code, TreeMap::new, Collectors.counting()));
    System.out.println("records " + result.dataset().size());
    System.out.println("problems " + byCode);
    result.problems().stream().limit(3).forEach(p -> System.out.println("problem " + p));
  }
}
