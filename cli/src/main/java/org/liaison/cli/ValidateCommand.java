package org.liaison.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
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
    description = {
      "Reads YAML and JSON data files, runs the built-in and plugin validators, and reports",
      "every problem as",
      "  file:line:column: severity [code] /json/pointer: message",
      "then a summary line on stderr.",
      "",
      "Exit status: 2 usage or configuration error, 3 a plugin failed, 1 problems at or above",
      "--fail-on, 0 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginOptions pluginOptions;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Data files, or directories read recursively (.yaml, .yml, .json).")
  List<Path> paths;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      converter = SeverityConverter.class,
      description = "Exit 1 when a problem is at least this severe: error or warning"
          + " (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Data.requireExisting(paths);
    Validation validation = Validation.of(pluginOptions.plugins())
        .withConfig(pluginOptions.config(paths));
    LoadResult load = Data.read(DatasetReader.create(), paths);
    ValidationReport report = validation.validate(load);
    for (Problem p : report.problems()) {
      out.println(p);
    }
    out.flush();
    err.println(load.files() + " files, " + load.recordsRead() + " records: "
        + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING)
        + " warnings");
    if (report.pluginFailed()) {
      return ExitCode.INTERNAL;
    }
    return report.hasProblemsAtLeast(failOn) ? ExitCode.PROBLEMS : ExitCode.OK;
  }
}
