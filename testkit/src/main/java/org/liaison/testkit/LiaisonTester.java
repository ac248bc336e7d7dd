package org.liaison.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Dataset;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.Config;
import org.liaison.plugins.Export;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.Plugins;
import org.liaison.plugins.Validation;
import org.liaison.plugins.ValidationReport;
import org.liaison.plugins.Validator;

/**
 * Runs validators and exporters the way {@code liaison validate} and {@code liaison export} run
 * them: the data read by Liaison's reader (its problems included), the configuration applied
 * (levels, {@code off}, overrides, options), suppression comments honoured, every problem placed at
 * its {@code file:line:column}. Data and configuration are given as text (a text block) or as
 * files; nothing is written to disk.
 *
 * <pre>{@code
 * ValidationReport report = LiaisonTester.of(new SourceCountValidator())
 *     .withConfig("""
 *         rules:
 *           example.sources: {options: {minimum: "2"}}
 *         """)
 *     .validate("""
 *         liaison: 1
 *         ...
 *         """);
 * assertThat(report).hasProblem("example.sources/too-few").atLine(11).withSeverity(WARNING);
 * }</pre>
 *
 * <p>A tester runs only the plugins it is given, as ESLint's {@code RuleTester} runs one rule;
 * {@link #discovered()} runs every plugin on the class path, Liaison's built-in validators and the
 * plugin's own (through its {@code META-INF/services}) included, as the command would. A tester is
 * immutable: each {@code with…} returns a new one.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LiaisonTester {
  /** The name inline YAML stands for in locations. */
  public static final String YAML_NAME = "data.yaml";

  /** The name inline JSON stands for in locations. */
  public static final String JSON_NAME = "data.json";

  private final Plugins plugins;
  private final Config config;
  private final Map<String, String> exportOptions;
  private final String format;

  private LiaisonTester(
      Plugins plugins, Config config, Map<String, String> exportOptions, String format) {
    this.plugins = plugins;
    this.config = config;
    this.exportOptions = exportOptions;
    this.format = format;
  }

  /** A tester of the given validators, unconfigured. */
  public static LiaisonTester of(Validator... validators) {
    return of(Plugins.of(Arrays.asList(validators), List.of()));
  }

  /** A tester of the given exporter, unconfigured. */
  public static LiaisonTester of(Exporter exporter) {
    return of(Plugins.of(List.of(), List.of(exporter)));
  }

  /** A tester of the given plugins, unconfigured. */
  public static LiaisonTester of(Plugins plugins) {
    return new LiaisonTester(
        Objects.requireNonNull(plugins, "plugins"), Config.empty(), Map.of(), null);
  }

  /**
   * A tester of every plugin the {@code liaison} command would find on this class path: Liaison's
   * built-in validators and exporters, and every plugin registered in {@code META-INF/services},
   * the one under test included.
   */
  public static LiaisonTester discovered() {
    return of(Plugins.discover(Thread.currentThread().getContextClassLoader()));
  }

  /**
   * Returns this tester with a configuration given as the text of a {@code liaison.yaml} in the
   * working directory: override globs are relative to it, as inline data's names are.
   *
   * @throws org.liaison.plugins.ConfigException if the text is malformed or names an unknown rule
   *     or option, as {@code liaison validate} would refuse it (exit 2)
   */
  public LiaisonTester withConfig(String yaml) {
    return withConfig(Config.parse(yaml, Path.of(Config.FILE_NAME)));
  }

  /**
   * Returns this tester with a configuration file.
   *
   * @throws org.liaison.plugins.ConfigException if it cannot be read or is refused
   */
  public LiaisonTester withConfig(Path file) {
    return withConfig(Config.load(file));
  }

  private LiaisonTester withConfig(Config config) {
    Validation.of(plugins).withConfig(config); // refuses unknown rules and options now
    return new LiaisonTester(plugins, config, exportOptions, format);
  }

  /**
   * Returns this tester with an exporter option, as {@code liaison export --option name=value}
   * gives it; it wins over the configuration's. An unknown name is refused on export.
   */
  public LiaisonTester withOption(String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(exportOptions);
    all.put(name, value);
    return new LiaisonTester(plugins, config, Map.copyOf(all), format);
  }

  /** Returns this tester exporting with the exporter of {@code format}, among several. */
  public LiaisonTester withFormat(String format) {
    return new LiaisonTester(plugins, config, exportOptions, format);
  }

  /** The plugins this tester runs. */
  public Plugins plugins() {
    return plugins;
  }

  /**
   * Reads inline data, YAML or JSON (told by its first character), named {@link #YAML_NAME} or
   * {@link #JSON_NAME} in locations.
   */
  public LoadResult read(String text) {
    return read(nameOf(text), text);
  }

  /** Reads inline data as if from the file {@code name}, whose extension names the format. */
  public LoadResult read(String name, String text) {
    return reader().readString(text, name);
  }

  /**
   * Reads files and directories, as {@code liaison validate} does.
   *
   * @throws UncheckedIOException if a path cannot be read
   */
  public LoadResult read(Path... paths) {
    return reader().read(paths);
  }

  private DatasetReader reader() {
    return DatasetReader.create().withLimits(config.limits());
  }

  private static String nameOf(String text) {
    String t = text.stripLeading();
    return t.startsWith("{") || t.startsWith("[") ? JSON_NAME : YAML_NAME;
  }

  /** Validates inline data: the reader's problems and the validators', configured. */
  public ValidationReport validate(String text) {
    return validate(read(text));
  }

  /** Validates inline data read as if from the file {@code name}. */
  public ValidationReport validate(String name, String text) {
    return validate(read(name, text));
  }

  /** Validates files and directories, as {@code liaison validate PATH…} does. */
  public ValidationReport validate(Path... paths) {
    return validate(read(paths));
  }

  /** Validates what a read gave. */
  public ValidationReport validate(LoadResult load) {
    return validation().validate(load);
  }

  /** Validates a dataset built in code: its problems have no locations. */
  public ValidationReport validate(Dataset dataset) {
    return validation().validate(dataset);
  }

  private Validation validation() {
    return Validation.of(plugins).withConfig(config);
  }

  /**
   * Exports inline data with the tester's exporter.
   *
   * @throws IllegalArgumentException if the reader finds errors in the data: {@code liaison export}
   *     would export nothing; the message lists them
   */
  public ExportResult export(String text) {
    return export(read(text));
  }

  /** Exports inline data read as if from the file {@code name}. */
  public ExportResult export(String name, String text) {
    return export(read(name, text));
  }

  /** Exports files and directories. */
  public ExportResult export(Path... paths) {
    return export(read(paths));
  }

  /** Exports what a read gave, unless the reader found errors. */
  public ExportResult export(LoadResult load) {
    if (load.hasErrors()) {
      List<String> errors = new ArrayList<>();
      load.problems().stream()
          .filter(p -> p.severity() == Severity.ERROR)
          .forEach(p -> errors.add(p.toString()));
      throw new IllegalArgumentException(
          "the data has errors, so liaison export would export"
              + " nothing:\n  "
              + String.join("\n  ", errors));
    }
    return export(load.dataset());
  }

  /**
   * Exports a dataset with the tester's exporter, its options and configuration; an exporter that
   * writes files writes them into the result.
   *
   * @throws IllegalStateException if the tester has no exporter, or several and no {@link
   *     #withFormat}
   * @throws org.liaison.plugins.ConfigException if an option set with {@link #withOption} is
   *     unknown
   */
  public ExportResult export(Dataset dataset) {
    Exporter exporter = exporter();
    Export export = Export.of(plugins, exporter).withConfig(config).withOptions(exportOptions);
    try {
      if (exporter.writesFiles()) {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        List<Problem> problems =
            export.writeFiles(
                dataset,
                name -> {
                  ByteArrayOutputStream out = new ByteArrayOutputStream();
                  files.put(name, out);
                  return out;
                });
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, out) -> bytes.put(name, out.toByteArray()));
        return new ExportResult(exporter.id(), null, bytes, problems, export.options());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      List<Problem> problems = export.write(dataset, out);
      return new ExportResult(
          exporter.id(), out.toByteArray(), Map.of(), problems, export.options());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Exporter exporter() {
    if (format != null) {
      return plugins
          .exporter(format)
          .orElseThrow(
              () -> new IllegalStateException("no exporter has the format `" + format + "`"));
    }
    if (plugins.exporters().size() != 1) {
      throw new IllegalStateException(
          "the tester has "
              + plugins.exporters().size()
              + " exporters: choose one with withFormat(format)");
    }
    return plugins.exporters().get(0);
  }
}
