package org.liaison.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaison.io.FormatSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code liaison schema}: the JSON Schema of the format, for editors and other validators. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    header = "Prints the JSON Schema of the format, for editors and other validators.",
    description = {
      "Prints the JSON Schema (draft 2020-12) of format version 1. Point an editor at it with"
          + " this first line of a data file:",
      "  # yaml-language-server: $schema=liaison.schema.json"
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_USAGE})
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output; missing folders are created.")
  Path output;

  @Override
  public Integer call() {
    if (output == null) {
      spec.commandLine().getOut().print(FormatSchema.json());
      spec.commandLine().getOut().flush();
    } else {
      Output.write(output, "the schema", FormatSchema::write);
    }
    return ExitCode.OK;
  }
}
