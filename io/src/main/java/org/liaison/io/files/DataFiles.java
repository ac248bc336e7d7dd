package org.liaison.io.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data files a path stands for: itself, or the YAML and JSON files below a directory, sorted,
 * without hidden entries and the configuration file {@code liaison.yaml}.
 */
public final class DataFiles {
  private DataFiles() {}

  /**
   * The data files {@code path} stands for.
   *
   * @throws UncheckedIOException if the directory cannot be walked at all
   */
  public static List<Path> of(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(path, new Finder(path, found));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    return found;
  }

  /**
   * Collects every entry with a data file's name but a folder: a link that leads nowhere, or a file
   * that cannot be read, is read as the others are, and reports why it cannot be.
   */
  private static final class Finder extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Path> found;

    Finder(Path root, List<Path> found) {
      this.root = root;
      this.found = found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return dir.equals(root) || !dir.getFileName().toString().startsWith(".")
          ? FileVisitResult.CONTINUE
          : FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (isDataFile(file) && !hidden(root, file) && !Files.isDirectory(file)) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (!file.equals(root) && !hidden(root, file)) {
        found.add(file); // a folder it cannot list: reading it says why
      }
      return FileVisitResult.CONTINUE;
    }
  }

  private static boolean isDataFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.equals("liaison.yaml")
        && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
