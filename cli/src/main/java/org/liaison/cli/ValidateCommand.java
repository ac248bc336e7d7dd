package org.liaison.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaison.cli.report.Format;
import org.liaison.cli.report.GithubFormat;
import org.liaison.cli.report.Report;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Severity;
import org.liaison.plugins.Config;
import org.liaison.plugins.Validation;
import org.liaison.plugins.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code liaison validate}: reads the data, runs every validator and reports every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Reads the data, runs every validator and reports every problem.",
    description = {
      "Reads YAML and JSON data files, directories recursively, runs the built-in and plugin"
          + " validators, and reports every problem. The text format prints one line per"
          + " problem,",
      "  file:line:column: severity [code] /json/pointer: message",
      "and every format ends with a summary line on standard error. A PATH that holds no data"
          + " file is an error unless --allow-empty is given. `liaison codes` lists every"
          + " problem code with its default level."
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.HELP_OK,
      ExitCode.HELP_PROBLEMS,
      ExitCode.HELP_USAGE,
      ExitCode.HELP_INTERNAL
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginOptions pluginOptions;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Data files, or directories read recursively (.yaml, .yml, .json).")
  List<Path> paths;

  @Option(
      names = "--allow-empty",
      description =
          "Accept a directory that holds no data file (an empty dataset) instead of"
              + " failing with exit status 2.")
  boolean allowEmpty;

  @Option(
      names = "--format",
      paramLabel = "FORMAT[=FILE]",
      description =
          "text, json, junit, sarif or github (default: text, or github when"
              + " GITHUB_ACTIONS=true). Repeat with =FILE to write several reports in one run.")
  List<String> formats = new ArrayList<>();

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write the report to FILE instead of standard output; missing folders are" + " created.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      converter = SeverityConverter.class,
      description =
          "Exit 1 when a problem is at least this severe: error or warning"
              + " (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour the text report: auto (on a terminal, unless NO_COLOR is set),"
              + " always or never (default: ${DEFAULT-VALUE}).")
  String color;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<Format, Path> targets = targets();
    boolean colored = colored();
    Data.requireExisting(paths);
    Config config = pluginOptions.config(paths);
    Validation validation = Validation.of(pluginOptions.plugins()).withConfig(config);
    LoadResult load =
        Data.read(
            DatasetReader.create().withLimits(config.limits()).withProgress(progress(err, targets)),
            paths);
    if (!allowEmpty) {
      Data.requireDataFiles(paths, load);
    }
    ValidationReport result = validation.validate(load);
    Report report =
        new Report(
            result.problems(),
            load.fileNames(),
            load.recordsRead(),
            validation.rules(),
            Version.current());
    for (Map.Entry<Format, Path> t : targets.entrySet()) {
      write(report, t.getKey(), t.getValue(), out, colored && t.getValue() == null);
    }
    if (targets.containsKey(Format.GITHUB) && System.getenv("GITHUB_STEP_SUMMARY") != null) {
      appendStepSummary(report, Path.of(System.getenv("GITHUB_STEP_SUMMARY")));
    }
    out.flush(); // the problems before the summary, where both go to one terminal
    err.println(report.summary());
    pluginOptions.debug(result.failureCauses(), err);
    if (result.pluginFailed()) {
      return ExitCode.INTERNAL;
    }
    return result.hasProblemsAtLeast(failOn) ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  /** Adds the report's summary to the GitHub Actions job summary, the file {@code summary}. */
  private static void appendStepSummary(Report report, Path summary) {
    try {
      Files.writeString(
          summary,
          GithubFormat.stepSummary(report),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw Output.failure(summary, "the step summary (GITHUB_STEP_SUMMARY)", e);
    }
  }

  /** Each format asked for, with its file, or {@code null} for standard output. */
  private Map<Format, Path> targets() {
    Map<Format, Path> targets = new LinkedHashMap<>();
    if (formats.isEmpty()) {
      boolean github = "true".equals(System.getenv("GITHUB_ACTIONS"));
      targets.put(github ? Format.GITHUB : Format.TEXT, output);
      return targets;
    }
    int toStdout = 0;
    for (String f : formats) {
      int eq = f.indexOf('=');
      String name = eq < 0 ? f : f.substring(0, eq);
      Format format =
          Format.find(name)
              .orElseThrow(
                  () ->
                      new UsageException(
                          "unknown format `" + name + "`: use text, json, junit, sarif or github"));
      Path file = eq < 0 ? output : Path.of(f.substring(eq + 1));
      if (file == null && ++toStdout > 1) {
        throw new UsageException(
            "only one report can go to standard output: give the others"
                + " a file, as in --format sarif=report.sarif");
      }
      targets.put(format, file);
    }
    return targets;
  }

  private boolean colored() {
    switch (color) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        return System.console() != null && System.getenv("NO_COLOR") == null;
      default:
        throw new UsageException("--color takes auto, always or never, not `" + color + "`");
    }
  }

  /** A "files read" line on a terminal, erased when done; nothing otherwise. */
  private static DatasetReader.Progress progress(PrintWriter err, Map<Format, Path> targets) {
    boolean show =
        System.console() != null
            && System.getenv("CI") == null
            && targets.size() == 1
            && targets.containsKey(Format.TEXT);
    if (!show) {
      return (done, total) -> {};
    }
    return (done, total) -> {
      if (total >= 20) {
        err.print(done < total ? "\rreading files " + done + "/" + total : "\r\u001b[K");
        err.flush();
      }
    };
  }

  private static void write(
      Report report, Format format, Path file, PrintWriter out, boolean colored)
      throws IOException {
    if (file == null) {
      format.write(report, out, colored);
      return;
    }
    Output.write(
        file,
        "the " + format.cliName() + " report",
        stream -> {
          Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          format.write(report, w, false);
          w.flush();
        });
  }
}
