package org.liaison.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code liaison validate}: reads the data, runs every validator and reports every problem. */
final class ValidateCommand implements Callable<Integer> {

  private final PluginOptions pluginOptions = new PluginOptions();

  private final PositionalParamSpec paths =
      Commands.dataPaths("Data files, or directories read recursively (.yaml, .yml, .json).");

  private final OptionSpec allowEmpty = Commands.allowEmpty();

  private final OptionSpec formats =
      OptionSpec.builder("--format")
          .paramLabel("FORMAT[=FILE]")
          .type(List.class)
          .auxiliaryTypes(String.class)
          .description(
              "text, json, junit, sarif or github (default: text, or github when"
                  + " GITHUB_ACTIONS=true). Repeat with =FILE to write several reports in one run.")
          .build();

  private final OptionSpec output =
      Commands.option(
          "--output",
          "FILE",
          Path.class,
          "Write the report to FILE instead of standard output; missing folders are created.");

  private final OptionSpec failOn =
      OptionSpec.builder("--fail-on")
          .paramLabel("SEVERITY")
          .type(Severity.class)
          .defaultValue("error")
          .converters(new SeverityConverter())
          .description(
              "Exit 1 when a problem is at least this severe: error or warning"
                  + " (default: ${DEFAULT-VALUE}).")
          .build();

  private final OptionSpec color =
      OptionSpec.builder("--color")
          .paramLabel("WHEN")
          .type(String.class)
          .defaultValue("auto")
          .description(
              "Colour the text report: auto (on a terminal, unless NO_COLOR is set),"
                  + " always or never (default: ${DEFAULT-VALUE}).")
          .build();

  private final CommandSpec spec =
      Commands.command(
          this,
          "validate",
          ExitCode.HELP_OK,
          ExitCode.HELP_PROBLEMS,
          ExitCode.HELP_USAGE,
          ExitCode.HELP_INTERNAL);

  ValidateCommand() {
    spec.usageMessage()
        .header("Reads the data, runs every validator and reports every problem.")
        .description(
            "Reads YAML and JSON data files, directories recursively, runs the built-in and plugin"
                + " validators, and reports every problem. The text format prints one line per"
                + " problem,",
            "  file:line:column: severity [code] /json/pointer: message",
            "and every format ends with a summary line on standard error. A PATH that holds no"
                + " data file is an error unless --allow-empty is given. `liaison codes` lists"
                + " every problem code with its default level.");
    pluginOptions.addTo(spec);
    spec.addPositional(paths);
    spec.addOption(allowEmpty);
    spec.addOption(formats);
    spec.addOption(output);
    spec.addOption(failOn);
    spec.addOption(color);
    Commands.addStandardHelpOptions(spec);
  }

  /** The command's model, for picocli to parse with and run this command. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> paths = this.paths.getValue();
    Map<Format, Path> targets = targets(formats.getValue(), output.getValue());
    boolean colored = colored(color.getValue());
    Data.requireExisting(paths);
    Config config = pluginOptions.config(paths);
    Validation validation = Validation.of(pluginOptions.plugins()).withConfig(config);
    LoadResult load =
        Data.read(
            DatasetReader.create().withLimits(config.limits()).withProgress(progress(err, targets)),
            paths,
            allowEmpty.getValue());
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
    return result.hasProblemsAtLeast(failOn.getValue()) ? ExitCode.PROBLEMS : ExitCode.OK;
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

  /**
   * Each format of {@code formats} ({@code --format}), with its file, or {@code null} for standard
   * output; {@code output} is {@code --output}.
   */
  private static Map<Format, Path> targets(List<String> formats, Path output) {
    Map<Format, Path> targets = new LinkedHashMap<>();
    if (formats == null || formats.isEmpty()) {
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

  /** Whether to colour the text report, by {@code color} ({@code --color}). */
  private static boolean colored(String color) {
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
