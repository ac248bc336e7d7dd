package org.liaison.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaison.io.FormatSchema;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code liaison schema}: the JSON Schema of the format, for editors and other validators. */
final class SchemaCommand implements Callable<Integer> {

  private final OptionSpec output =
      Commands.option(
          "--output",
          "FILE",
          Path.class,
          "Write to FILE instead of standard output; missing folders are created.");

  private final CommandSpec spec =
      Commands.command(this, "schema", ExitCode.HELP_OK, ExitCode.HELP_USAGE);

  SchemaCommand() {
    spec.usageMessage()
        .header("Prints the JSON Schema of the format, for editors and other validators.")
        .description(
            "Prints the JSON Schema (draft 2020-12) of format version 1. Point an editor at it"
                + " with this first line of a data file:",
            "  # yaml-language-server: $schema=liaison.schema.json");
    spec.addOption(output);
    Commands.addStandardHelpOptions(spec);
  }

  /** The command's model, for picocli to parse with and run this command. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    Path output = this.output.getValue();
    if (output == null) {
      spec.commandLine().getOut().print(FormatSchema.json());
      spec.commandLine().getOut().flush();
    } else {
      Output.write(output, "the schema", FormatSchema::write);
    }
    return ExitCode.OK;
  }
}
