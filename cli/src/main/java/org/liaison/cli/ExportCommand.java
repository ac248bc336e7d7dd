package org.liaison.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Dataset;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.Config;
import org.liaison.plugins.Export;
import org.liaison.plugins.ExportFiles;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.Plugins;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code liaison export}: writes the dataset in a format of a built-in or plugin exporter. */
final class ExportCommand implements Callable<Integer> {

  private final PluginOptions pluginOptions = new PluginOptions();

  private final OptionSpec formatOption =
      OptionSpec.builder("--format")
          .required(true)
          .paramLabel("NAME")
          .type(String.class)
          .description("The format to write (json, yaml, or a plugin's).")
          .build();

  private final OptionSpec outputOption =
      Commands.option(
          "--output",
          "FILE",
          String.class,
          "Where to write (default: standard output); missing folders are created. A"
              + " trailing / names a folder.");

  private final OptionSpec options =
      OptionSpec.builder("--option")
          .paramLabel("NAME=VALUE")
          .type(Map.class)
          .auxiliaryTypes(String.class, String.class)
          .description(
              "An option of the exporter (repeatable); wins over liaison.yaml's."
                  + " `liaison plugins` lists each exporter's options.")
          .build();

  private final PositionalParamSpec paths = Commands.dataPaths("Data files or directories.");

  private final OptionSpec allowEmpty = Commands.allowEmpty();

  private final CommandSpec spec =
      Commands.command(
          this,
          "export",
          ExitCode.HELP_OK,
          ExitCode.HELP_PROBLEMS,
          ExitCode.HELP_USAGE,
          ExitCode.HELP_INTERNAL);

  ExportCommand() {
    spec.usageMessage()
        .header(
            "Writes the dataset in another format: json, yaml, csv, markdown, dot, mermaid, ics,"
                + " jsonld or a plugin's.")
        .description(
            "Reads the data and writes it in another format. Data in which the reader finds errors"
                + " is not exported; the validators' rules are for `liaison validate`, a separate"
                + " step. `liaison plugins` lists the formats and the options of each.",
            "",
            "The export is written to a temporary file first and moved into place, so a failed"
                + " export leaves no partial file. Formats of several files (csv) go into a folder"
                + " when --output names one or ends with /, else into one zip file.",
            "",
            "What an exporter could not hold is reported on stderr as format/code problems (info"
                + " unless liaison.yaml sets their level).");
    pluginOptions.addTo(spec);
    spec.addOption(formatOption);
    spec.addOption(outputOption);
    spec.addOption(options);
    spec.addPositional(paths);
    spec.addOption(allowEmpty);
    Commands.addStandardHelpOptions(spec);
  }

  /** The command's model, for picocli to parse with and run this command. */
  CommandSpec spec() {
    return spec;
  }

  /** The format named by {@code --format}, once parsed. */
  private String format() {
    return formatOption.getValue();
  }

  /** Where {@code --output} says to write, or {@code null} for standard output, once parsed. */
  private String output() {
    return outputOption.getValue();
  }

  /** Whether {@code --output} names a folder: an existing one, or a name ending with /. */
  private boolean toFolder() {
    return Files.isDirectory(Path.of(output()))
        || output().endsWith("/")
        || output().endsWith(File.separator);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> paths = this.paths.getValue();
    Map<String, String> options = this.options.getValue();
    Data.requireExisting(paths);
    Plugins plugins = pluginOptions.plugins();
    plugins.failures().forEach(err::println);
    pluginOptions.debug(plugins.failureCauses(), err);
    Exporter exporter = exporter(plugins);
    Config config = pluginOptions.config(paths);
    Export export =
        Export.of(plugins, exporter)
            .withConfig(config)
            .withOptions(options == null ? Map.of() : options);
    LoadResult load =
        Data.read(DatasetReader.create().withLimits(config.limits()), paths, allowEmpty.getValue());
    load.problems().forEach(err::println);
    if (load.hasErrors()) {
      return refused(load, err);
    }
    List<Problem> notes;
    try {
      notes = write(export, exporter.writesFiles(), load.dataset());
    } catch (UsageException e) {
      throw e;
    } catch (RuntimeException | Error e) {
      Plugins.rethrowIfFatal(e);
      exporterFailed(plugins, exporter, e, err);
      return ExitCode.INTERNAL;
    }
    notes.forEach(err::println);
    return plugins.failures().isEmpty() ? ExitCode.OK : ExitCode.INTERNAL;
  }

  /** Says that data with errors is not exported; the exit status for it. */
  private static int refused(LoadResult load, PrintWriter err) {
    long errors = load.count(Severity.ERROR);
    err.println(
        "liaison: the data has "
            + errors
            + (errors == 1 ? " error" : " errors")
            + "; nothing was exported: fix them first (`liaison validate` lists them)");
    return ExitCode.PROBLEMS;
  }

  /** Reports that the exporter threw {@code e}: a {@code plugin.failed} problem, and its trace. */
  private void exporterFailed(Plugins plugins, Exporter exporter, Throwable e, PrintWriter err) {
    err.println(
        BuiltinCode.PLUGIN_FAILED
            .problem(
                "the exporter `"
                    + format()
                    + "` ("
                    + plugins.describe(exporter)
                    + ") threw "
                    + e
                    + "; nothing was written ("
                    + PluginOptions.DEBUG_HINT
                    + ")")
            .location(Location.ofFile(plugins.describe(exporter).jar()))
            .build());
    pluginOptions.debug(List.of(e), err);
  }

  private Exporter exporter(Plugins plugins) {
    return plugins
        .exporter(format())
        .orElseThrow(
            () ->
                new UsageException(
                    "no exporter has the format `"
                        + format()
                        + "`; formats: "
                        + String.join(
                            ", ", plugins.exporters().stream().map(Exporter::id).toList())));
  }

  /**
   * Writes the export where {@code --output} says and returns what the exporter reported, sorted; a
   * failure to write is a {@link UsageException} naming the target.
   */
  private List<Problem> write(Export export, boolean writesFiles, Dataset data) {
    List<List<Problem>> written = new ArrayList<>();
    String what = "the " + format() + " export";
    try {
      if (output() == null) {
        OutputStream out = System.out;
        written.add(export.write(data, out));
        out.flush();
      } else if (writesFiles && toFolder()) {
        Output.writeFolder(
            Path.of(output()),
            what,
            dir -> written.add(export.writeFiles(data, ExportFiles.directory(dir))));
      } else {
        Output.write(Path.of(output()), what, out -> written.add(export.write(data, out)));
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + what + " to standard output: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw output() == null
          ? new UsageException("cannot write " + what + " to standard output: " + e.getMessage())
          : Output.failure(Path.of(output()), what, e.getCause());
    }
    List<Problem> notes = new ArrayList<>();
    written.forEach(notes::addAll);
    notes.sort(Problem.ORDER);
    return notes;
  }
}
