package org.liaison.plugins.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Dataset;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.Subject;

/** Test data and a recording {@link ExportContext} for the exporter tests. */
public final class Exports {
  private Exports() {}

  /** What an exporter reported: code, record id and pointer, message. */
  public record Report(String code, String record, String pointer, String message) {}

  /** An export's bytes and reports. */
  public record Output(byte[] bytes, List<Report> reports) {
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** The example dataset of the repository: the five seed articles. */
  public static Dataset examples() {
    return read(Path.of("../examples"));
  }

  /** Text every format must escape, and every precision of partial date. */
  public static Dataset tricky() {
    return read(Path.of("src/test/resources/exports/tricky.yaml"));
  }

  private static Dataset read(Path path) {
    LoadResult load = DatasetReader.create().read(path);
    assertThat(load.problems()).as("problems reading " + path).isEmpty();
    return load.dataset();
  }

  /** Exports {@code data} to memory (a zip for formats of several files), recording reports. */
  public static Output export(Exporter exporter, Dataset data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Recorder context = new Recorder();
    try {
      exporter.export(data, out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Output(out.toByteArray(), List.copyOf(context.reports));
  }

  /** A context that records reports. */
  public static final class Recorder implements ExportContext {
    final List<Report> reports = new ArrayList<>();

    @Override
    public Map<String, String> options() {
      return Map.of();
    }

    @Override
    public void report(String code, String message, Subject subject) {
      reports.add(new Report(code, subject.record().id().value(), subject.pointer(), message));
    }
  }
}
