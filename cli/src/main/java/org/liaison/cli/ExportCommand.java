package org.liaison.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code liaison export}: writes the dataset in a format of a built-in or plugin exporter. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    header =
        "Writes the dataset in another format: json, yaml, csv, markdown, dot, mermaid, ics,"
            + " jsonld or a plugin's.",
    description = {
      "Reads the data and writes it in another format. Data in which the reader finds errors is"
          + " not exported; the validators' rules are for `liaison validate`, a separate step."
          + " `liaison plugins` lists the formats and the options of each.",
      "",
      "The export is written to a temporary file first and moved into place, so a failed export"
          + " leaves no partial file. Formats of several files (csv) go into a folder when"
          + " --output names one or ends with /, else into one zip file.",
      "",
      "What an exporter could not hold is reported on stderr as format/code problems (info"
          + " unless liaison.yaml sets their level)."
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.HELP_OK,
      ExitCode.HELP_PROBLEMS,
      ExitCode.HELP_USAGE,
      ExitCode.HELP_INTERNAL
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginOptions pluginOptions;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "NAME",
      description = "The format to write (json, yaml, or a plugin's).")
  String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Where to write (default: standard output); missing folders are created. A"
              + " trailing / names a folder.")
  String output;

  @Option(
      names = "--option",
      paramLabel = "NAME=VALUE",
      description =
          "An option of the exporter (repeatable); wins over liaison.yaml's."
              + " `liaison plugins` lists each exporter's options.")
  Map<String, String> options = new LinkedHashMap<>();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Data files or directories.")
  List<Path> paths;

  @Option(
      names = "--allow-empty",
      description =
          "Accept a directory that holds no data file (an empty dataset) instead of"
              + " failing with exit status 2.")
  boolean allowEmpty;

  /** Whether {@code --output} names a folder: an existing one, or a name ending with /. */
  private boolean toFolder() {
    return Files.isDirectory(Path.of(output))
        || output.endsWith("/")
        || output.endsWith(File.separator);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Data.requireExisting(paths);
    Plugins plugins = pluginOptions.plugins();
    plugins.failures().forEach(err::println);
    pluginOptions.debug(plugins.failureCauses(), err);
    Exporter exporter = exporter(plugins);
    Config config = pluginOptions.config(paths);
    Export export = Export.of(plugins, exporter).withConfig(config).withOptions(options);
    LoadResult load = Data.read(DatasetReader.create().withLimits(config.limits()), paths);
    if (!allowEmpty) {
      Data.requireDataFiles(paths, load);
    }
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
                    + format
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
        .exporter(format)
        .orElseThrow(
            () ->
                new UsageException(
                    "no exporter has the format `"
                        + format
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
    String what = "the " + format + " export";
    try {
      if (output == null) {
        OutputStream out = System.out;
        written.add(export.write(data, out));
        out.flush();
      } else if (writesFiles && toFolder()) {
        Output.writeFolder(
            Path.of(output),
            what,
            dir -> written.add(export.writeFiles(data, ExportFiles.directory(dir))));
      } else {
        Output.write(Path.of(output), what, out -> written.add(export.write(data, out)));
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + what + " to standard output: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw output == null
          ? new UsageException("cannot write " + what + " to standard output: " + e.getMessage())
          : Output.failure(Path.of(output), what, e.getCause());
    }
    List<Problem> notes = new ArrayList<>();
    written.forEach(notes::addAll);
    notes.sort(Problem.ORDER);
    return notes;
  }
}
