package org.liaison.maven;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.liaison.io.AtomicFiles;

/**
 * What a validation run depended on, as lines of text: the parameters, and the path, size and
 * modification time of every data file, of the configuration file and of every plugin jar. A run
 * whose inputs have the lines of the last passing run kept under {@code target/} need not read
 * anything. Taking the index reads no file, it only lists folders and reads attributes.
 */
final class InputIndex {
  private static final String HEADER = "liaison-maven-plugin input index 1";
  private static final String RESULT = "result ";

  private final List<String> lines;
  private final int dataFiles;

  private InputIndex(List<String> lines, int dataFiles) {
    this.lines = List.copyOf(lines);
    this.dataFiles = dataFiles;
  }

  static Builder builder() {
    return new Builder();
  }

  /** The lines of the index, without the result. */
  List<String> lines() {
    return lines;
  }

  /** How many data files the index lists. */
  int dataFiles() {
    return dataFiles;
  }

  /**
   * The result recorded with the same inputs in {@code file}, or empty when the file is missing,
   * unreadable, or lists other inputs.
   */
  Optional<String> recordedResult(Path file) {
    List<String> stored;
    try {
      stored = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (stored.size() != lines.size() + 1
        || !stored.get(lines.size()).startsWith(RESULT)
        || !stored.subList(0, lines.size()).equals(lines)) {
      return Optional.empty();
    }
    return Optional.of(stored.get(lines.size()).substring(RESULT.length()));
  }

  /** Writes the index and a one-line result to {@code file}, whole or not at all. */
  void write(Path file, String result) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.write(
        file,
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          for (String line : lines) {
            w.write(line);
            w.write('\n');
          }
          w.write(RESULT + result.replace('\n', ' ') + '\n');
          w.flush();
        });
  }

  /** Collects the lines of an index. */
  static final class Builder {
    private final List<String> lines = new ArrayList<>(List.of(HEADER));
    private int dataFiles;

    private Builder() {}

    /** A parameter or other value that the result depends on. */
    Builder value(String name, Object value) {
      lines.add("value " + name + "=" + String.valueOf(value).replace('\n', ' '));
      return this;
    }

    /** A file, or every file below a folder, of the given kind. */
    Builder files(String kind, Path path) throws IOException {
      if (!Files.exists(path)) {
        lines.add(kind + " " + path + " missing");
        return this;
      }
      if (!Files.isDirectory(path)) {
        file(kind, path);
        return this;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        file(kind, f);
      }
      return this;
    }

    /** Data files: as {@link #files}, counted. */
    Builder data(Path path) throws IOException {
      int before = lines.size();
      files("data", path);
      dataFiles +=
          (int)
              lines.subList(before, lines.size()).stream()
                  .filter(l -> !l.endsWith(" missing"))
                  .count();
      return this;
    }

    private void file(String kind, Path f) throws IOException {
      BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
      lines.add(kind + " " + f + " " + a.size() + " " + a.lastModifiedTime());
    }

    InputIndex build() {
      return new InputIndex(lines, dataFiles);
    }
  }
}
