package org.liaison.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.liaison.model.Problem;

/**
 * What an export gave: the bytes written (or the files, for an exporter that {@linkplain
 * org.liaison.plugins.Exporter#writesFiles() writes files}), the problems the exporter reported,
 * configured as {@code liaison export} configures them, and the options it was given.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExportResult {
  private final String format;
  private final byte[] bytes;
  private final Map<String, byte[]> files;
  private final List<Problem> problems;
  private final Map<String, String> options;

  ExportResult(
      String format,
      byte[] bytes,
      Map<String, byte[]> files,
      List<Problem> problems,
      Map<String, String> options) {
    this.format = format;
    this.bytes = bytes;
    this.files = files;
    this.problems = List.copyOf(problems);
    this.options = Map.copyOf(options);
  }

  /** The format exported. */
  public String format() {
    return format;
  }

  /**
   * The bytes written to the stream.
   *
   * @throws IllegalStateException if the exporter wrote files: see {@link #fileNames()}
   */
  public byte[] bytes() {
    if (bytes == null) {
      throw new IllegalStateException(
          "the exporter `"
              + format
              + "` wrote files "
              + fileNames()
              + ", not one stream: use file(name)");
    }
    return bytes.clone();
  }

  /** The bytes written, as UTF-8 text. */
  public String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** Whether the exporter wrote files rather than one stream. */
  public boolean wroteFiles() {
    return bytes == null;
  }

  /** The names of the files written, in the order written; empty for a stream. */
  public List<String> fileNames() {
    return new ArrayList<>(files.keySet());
  }

  /** The bytes of the file {@code name}, if it was written. */
  public Optional<byte[]> file(String name) {
    return Optional.ofNullable(files.get(name)).map(byte[]::clone);
  }

  /** The text (UTF-8) of the file {@code name}, if it was written. */
  public Optional<String> fileText(String name) {
    return file(name).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /** What the exporter reported, configured and sorted by {@link Problem#ORDER}. */
  public List<Problem> problems() {
    return problems;
  }

  /** The options the exporter was given: defaults, configuration, then those set on the tester. */
  public Map<String, String> options() {
    return options;
  }

  @Override
  public String toString() {
    String what = bytes == null ? files.size() + " files " + fileNames() : bytes.length + " bytes";
    return format + " export: " + what + ", " + problems.size() + " problems";
  }
}
