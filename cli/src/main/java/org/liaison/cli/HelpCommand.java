package org.liaison.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code liaison help [COMMAND]}: the help of the command named, else of {@code liaison}. It does
 * what picocli's {@link CommandLine.HelpCommand} does, with the same words, but with a model built
 * like the other commands' rather than read from annotations.
 */
final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {

  private final PositionalParamSpec command =
      PositionalParamSpec.builder()
          .paramLabel("COMMAND")
          .arity("0..1")
          .type(String.class)
          .description("The COMMAND to display the usage help message for.")
          .build();

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("help");

  private CommandLine self;
  private ColorScheme colors;
  private PrintWriter out;

  HelpCommand() {
    spec.helpCommand(true);
    spec.usageMessage()
        .header("Display help information about the specified command.")
        .synopsisHeading("%nUsage: ")
        .description(
            "%nWhen no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown.%n");
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .initialValue(false)
            .description("Show usage help for the help command and exit.")
            .build());
    spec.addPositional(command);
  }

  /** The command's model, for picocli to parse with and run this command. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public void init(
      CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public Integer call() {
    CommandLine parent = self.getParent();
    String name = command.getValue();
    CommandLine target = name == null ? parent : parent.getSubcommands().get(name);
    if (target == null) {
      throw new ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
    }
    target.usage(out, colors);
    return target.getCommandSpec().exitCodeOnUsageHelp();
  }
}
