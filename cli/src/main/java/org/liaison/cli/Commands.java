package org.liaison.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * What the commands' models share. Each command builds its model with picocli's programmatic API
 * ({@link CommandSpec}, {@link OptionSpec}), not with annotations: picocli reads those at run time,
 * through a proxy class per annotation type and a scan of every method, tens of milliseconds of a
 * run's start.
 */
final class Commands {
  private Commands() {}

  /**
   * The model of a command run by {@code command}, named {@code name}, whose help ends with the
   * exit statuses {@code exitCodes} (each {@code "STATUS:text"}, as {@link ExitCode#HELP_OK}).
   */
  static CommandSpec command(Object command, String name, String... exitCodes) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage()
        .exitCodeListHeading(ExitCode.HEADING)
        .exitCodeList(UsageMessageSpec.keyValuesMap(exitCodes));
    return spec;
  }

  /**
   * Adds {@code -h, --help} and {@code -V, --version} to {@code spec}, worded as picocli's standard
   * help options; added after the command's own options, as picocli adds those.
   */
  static void addStandardHelpOptions(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .type(boolean.class)
            .initialValue(false)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .type(boolean.class)
            .initialValue(false)
            .description("Print version information and exit.")
            .build());
  }

  /** An option that takes no value: {@code true} when given. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name)
        .type(boolean.class)
        .initialValue(false)
        .description(description)
        .build();
  }

  /** An option that takes one value, {@code label} in the help, converted to {@code type}. */
  static OptionSpec option(String name, String label, Class<?> type, String description) {
    OptionSpec.Builder option =
        OptionSpec.builder(name).paramLabel(label).type(type).description(description);
    if (type == Path.class) {
      option.converters(Commands::path);
    }
    return option.build();
  }

  /**
   * A path argument, read as picocli's own converter reads it and failing with the same words. That
   * one calls {@code Paths.get} by reflection, which on JDK 17 reads the method's annotations.
   */
  static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(
          String.format("cannot convert '%s' to %s (%s)", value, Path.class, e));
    }
  }

  /** The data paths of {@code validate} and {@code export}: one or more files or directories. */
  static PositionalParamSpec dataPaths(String description) {
    return PositionalParamSpec.builder()
        .arity("1..*")
        .required(true)
        .paramLabel("PATH")
        .type(List.class)
        .auxiliaryTypes(Path.class)
        .converters(Commands::path)
        .description(description)
        .build();
  }

  /** {@code --allow-empty}, of {@code validate} and {@code export}. */
  static OptionSpec allowEmpty() {
    return flag(
        "--allow-empty",
        "Accept a directory that holds no data file (an empty dataset) instead of"
            + " failing with exit status 2.");
  }
}
