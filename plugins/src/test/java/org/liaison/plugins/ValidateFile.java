package org.liaison.plugins;

import java.nio.file.Path;
import org.liaison.io.DatasetReader;
import org.liaison.model.Problem;

/**
 * Reads and validates the files named, then prints each problem's code: what {@code liaison
 * validate} does, run by {@link LargeFileValidationIT} in a JVM of its own with a small heap.
 */
final class ValidateFile {
  private ValidateFile() {}

  public static void main(String[] args) {
    var load = DatasetReader.create().read(Path.of(args[0]));
    for (Problem p : Validation.withDiscoveredPlugins().validate(load).problems()) {
      System.out.println(p.code() + " " + p.location().map(Object::toString).orElse(""));
    }
    System.out.println("validated");
  }
}
