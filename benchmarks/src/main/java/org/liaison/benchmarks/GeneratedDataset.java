package org.liaison.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A generated dataset of one size on disk, in three forms holding the same records: {@code
 * dataset.json}, {@code dataset.yaml}, and {@code files/}, a directory of small YAML files of
 * {@value #RECORDS_PER_FILE} records each, 100 files to a subdirectory.
 *
 * <p>Datasets are generated once and kept under {@code ${java.io.tmpdir}/liaison-benchmarks} (or
 * the directory named by the system property {@code liaison.benchmarks.data}), keyed by size and
 * {@link #VERSION}, so that the forks of one run, and later runs, read the same bytes. They are
 * never committed. Run this class to generate them ahead of a run and print their sizes and
 * digests: {@code java -cp benchmarks/target/benchmarks.jar org.liaison.benchmarks.GeneratedDataset
 * 1000 10000 100000}.
 */
final class GeneratedDataset {
  /** Bump when the generator changes, so that stale datasets are not reused. */
  static final int VERSION = 3;

  static final int RECORDS_PER_FILE = 25;

  final int records;
  final Path json;
  final Path yaml;
  final Path directory;

  private GeneratedDataset(int records, Path root) {
    this.records = records;
    this.json = root.resolve("dataset.json");
    this.yaml = root.resolve("dataset.yaml");
    this.directory = root.resolve("files");
  }

  /** The dataset of {@code records} records, generated now unless it already is. */
  static synchronized GeneratedDataset of(int records) {
    Path base =
        Path.of(
            System.getProperty(
                "liaison.benchmarks.data",
                Path.of(System.getProperty("java.io.tmpdir"), "liaison-benchmarks").toString()));
    Path root = base.resolve("v" + VERSION + "-" + records);
    try {
      if (!Files.exists(root.resolve("complete"))) {
        Files.createDirectories(base);
        Path tmp = Files.createTempDirectory(base, "partial-");
        write(records, tmp);
        Files.writeString(tmp.resolve("complete"), "seed " + DatasetGenerator.SEED + "\n");
        move(tmp, root);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot generate the dataset in " + root, e);
    }
    return new GeneratedDataset(records, root);
  }

  private static void move(Path tmp, Path root) throws IOException {
    try {
      Files.move(tmp, root, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      delete(tmp); // another process was first; its dataset is the same
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void write(int records, Path dir) throws IOException {
    try (Writer json = Files.newBufferedWriter(dir.resolve("dataset.json"));
        Writer yaml = Files.newBufferedWriter(dir.resolve("dataset.yaml"))) {
      TreeWriter jsonOut = TreeWriter.json(json);
      TreeWriter yamlOut = TreeWriter.yaml(yaml);
      FileSplitter files = new FileSplitter(dir.resolve("files"));
      new DatasetGenerator(records)
          .generate(
              (section, record) -> {
                jsonOut.record(section, record);
                yamlOut.record(section, record);
                files.record(section, record);
              });
      jsonOut.finish();
      yamlOut.finish();
      files.finish();
    }
  }

  /** Cuts the record stream into small YAML files. */
  private static final class FileSplitter {
    private final Path dir;
    private int count;
    private int file;
    private StringBuilder text;
    private TreeWriter out;

    FileSplitter(Path dir) {
      this.dir = dir;
    }

    void record(String section, Map<String, Object> record) {
      if (count++ % RECORDS_PER_FILE == 0) {
        finish();
        text = new StringBuilder(16 * 1024);
        out = TreeWriter.yaml(text);
      }
      out.record(section, record);
    }

    void finish() {
      if (out == null) {
        return;
      }
      out.finish();
      Path path = dir.resolve(String.format("%03d/%05d.yaml", file / 100, file));
      file++;
      try {
        Files.createDirectories(path.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
          w.append(text);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out = null;
    }
  }

  /** The SHA-256 of a file, to check that a dataset is the one a result was measured on. */
  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Generates the datasets of the sizes given (default 1000 10000 100000) and describes them. */
  public static void main(String[] args) throws IOException {
    String[] sizes = args.length == 0 ? new String[] {"1000", "10000", "100000"} : args;
    for (String size : sizes) {
      GeneratedDataset d = of(Integer.parseInt(size));
      long files;
      long dirBytes;
      try (Stream<Path> walk = Files.walk(d.directory)) {
        long[] acc = new long[2];
        walk.filter(Files::isRegularFile)
            .forEach(
                p -> {
                  acc[0]++;
                  acc[1] += p.toFile().length();
                });
        files = acc[0];
        dirBytes = acc[1];
      }
      System.out.printf(
          "%d records: %s%n  json %,d bytes sha256 %s%n  yaml %,d bytes sha256 %s%n"
              + "  files/ %,d files, %,d bytes%n",
          d.records,
          d.json.getParent(),
          Files.size(d.json),
          sha256(d.json),
          Files.size(d.yaml),
          sha256(d.yaml),
          files,
          dirBytes);
    }
  }
}
