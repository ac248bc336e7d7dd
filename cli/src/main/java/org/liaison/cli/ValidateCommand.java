package org.liaison.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code liaison validate}: reads the data and reports every problem, one line each. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Reads YAML and JSON data files and reports every problem as",
      "  file:line:column: severity [code] /json/pointer: message",
      "then a summary line on stderr.",
      "",
      "Exit status: 0 no problem at or above --fail-on, 1 problems, 2 usage or I/O error."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

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
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        err.println("liaison: no such file or directory: " + p);
        return ExitCode.USAGE;
      }
    }
    LoadResult result;
    try {
      result = DatasetReader.create().read(paths);
    } catch (UncheckedIOException e) {
      err.println("liaison: " + e.getMessage());
      return ExitCode.USAGE;
    }
    for (Problem p : result.problems()) {
      out.println(p);
    }
    out.flush();
    err.println(result.files() + " files, " + result.recordsRead() + " records: "
        + result.count(Severity.ERROR) + " errors, " + result.count(Severity.WARNING)
        + " warnings");
    boolean failed = result.problems().stream().anyMatch(p -> p.severity().atLeast(failOn));
    return failed ? ExitCode.PROBLEMS : ExitCode.OK;
  }
}
