package org.liaison.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaison.io.AtomicFiles;
import org.liaison.io.FormatSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code liaison schema}: the JSON Schema of the format, for editors and other validators. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of format version 1. Point an editor at it with",
      "  # yaml-language-server: $schema=liaison.schema.json",
      "as the first line of a data file."
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (output == null) {
      spec.commandLine().getOut().print(FormatSchema.json());
      spec.commandLine().getOut().flush();
    } else {
      AtomicFiles.write(output, FormatSchema::write);
    }
    return ExitCode.OK;
  }
}
