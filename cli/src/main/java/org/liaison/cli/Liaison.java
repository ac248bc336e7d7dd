package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.liaison.plugins.ConfigException;
import org.liaison.plugins.PluginConflictException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code liaison} command. {@link #run} is the in-process entry point: it runs the command with
 * given streams and returns the exit status, so that tests (a plugin's end-to-end test, say) and
 * other programs can call it without starting a JVM; {@link #main} exits with that status.
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * StringWriter err = new StringWriter();
 * int status = Liaison.run(new PrintWriter(out), new PrintWriter(err), "validate", "data/");
 * }</pre>
 */
public final class Liaison {

  /** The subcommands' names, in the order {@code liaison --help} lists them. */
  static final List<String> SUBCOMMANDS =
      List.of("validate", "export", "plugins", "codes", "schema", "help");

  private Liaison() {}

  /** The model of {@code liaison} itself, without its subcommands. */
  private static CommandSpec spec() {
    CommandSpec spec =
        Commands.command(
            new Liaison(),
            "liaison",
            ExitCode.HELP_OK,
            ExitCode.HELP_PROBLEMS,
            ExitCode.HELP_USAGE,
            ExitCode.HELP_INTERNAL);
    spec.versionProvider(new Version());
    spec.usageMessage()
        .description(
            "Records of institutional cooperation: validate and export Liaison datasets."
                + " Run `liaison help COMMAND` for what each command does.");
    Commands.addStandardHelpOptions(spec);
    return spec;
  }

  /**
   * Runs {@code liaison} with the given arguments, writing reports to {@code out} and messages to
   * {@code err}; returns the exit status (0 ok, 1 problems, 2 usage, configuration or I/O error, 3
   * internal failure: a plugin failed, or Liaison itself). Plugins are those on this class's loader
   * and on {@code --plugin-path}. Never calls {@code System.exit}; {@code liaison export} without
   * {@code --output} writes to {@code System.out}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, subcommandsFor(args), args);
  }

  /**
   * The subcommands a run with {@code args} needs: only the one named first, since picocli then
   * parses every further argument within it; all of them for anything else ({@code --help}, {@code
   * help}, a mistyped name).
   */
  static List<String> subcommandsFor(String... args) {
    if (args.length > 0 && !args[0].equals("help") && SUBCOMMANDS.contains(args[0])) {
      return List.of(args[0]);
    }
    return SUBCOMMANDS;
  }

  /** {@link #run(PrintWriter, PrintWriter, String...)} with the given subcommands only. */
  static int run(PrintWriter out, PrintWriter err, List<String> subcommands, String... args) {
    CommandLine cli = commandLine(out, err, subcommands);
    int status;
    try {
      status = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "liaison: out of memory: give Java a larger heap (java -Xmx4g -jar"
              + " liaison.jar …), or lower the limits in liaison.yaml");
      status = ExitCode.INTERNAL;
    } catch (RuntimeException | StackOverflowError e) {
      status = bug(err, e);
    }
    out.flush();
    err.flush();
    return status;
  }

  /**
   * The command line with the named {@code subcommands}, writing to {@code out} and {@code err}: a
   * usage error says what is wrong and where the help is; a bad configuration, plugin conflict or
   * I/O error is one line.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> subcommands) {
    CommandLine cli = new CommandLine(spec());
    // before the settings below, which apply to the subcommands present when they are made
    for (String name : SUBCOMMANDS) {
      if (subcommands.contains(name)) {
        cli.addSubcommand(name, subcommand(name));
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("liaison: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println(
              "Run 'liaison "
                  + (e.getCommandLine().getParent() == null
                      ? ""
                      : e.getCommandLine().getCommandName() + " ")
                  + "--help' for usage.");
          return ExitCode.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, c, p) -> {
          if (e instanceof UsageException
              || e instanceof ConfigException
              || e instanceof PluginConflictException
              || e instanceof IOException
              || e instanceof UncheckedIOException) {
            err.println("liaison: " + e.getMessage());
            return ExitCode.USAGE;
          }
          return bug(err, e);
        });
    return cli;
  }

  private static CommandSpec subcommand(String name) {
    switch (name) {
      case "validate":
        return new ValidateCommand().spec();
      case "export":
        return new ExportCommand().spec();
      case "plugins":
        return new PluginsCommand().spec();
      case "codes":
        return new CodesCommand().spec();
      case "schema":
        return new SchemaCommand().spec();
      case "help":
        return new HelpCommand().spec();
      default:
        throw new IllegalArgumentException("no subcommand " + name);
    }
  }

  /** A failure of Liaison itself: said to be one, with what a bug report needs. */
  private static int bug(PrintWriter err, Throwable e) {
    err.println("liaison: internal error in Liaison " + Version.current() + ": " + e);
    err.println(
        "This is a bug in Liaison, not a problem in your data: please report it with"
            + " the command you ran and the stack trace below.");
    e.printStackTrace(err);
    return ExitCode.INTERNAL;
  }

  /**
   * The types picocli need not make converters for, as a value of picocli's system property {@code
   * picocli.converters.excludes} (comma-separated regular expressions): no option takes a {@code
   * java.time} or {@code java.sql} value, and picocli would load and initialise a score of those
   * classes to make them.
   */
  static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

  /**
   * Runs {@code liaison} on the standard streams and exits with its status. Unless the user set
   * {@code picocli.converters.excludes}, picocli is told to skip the converters of {@link
   * #UNUSED_CONVERTERS}; {@link #run} leaves that property alone, since a program that calls it may
   * use picocli for its own options.
   */
  public static void main(String... args) {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
    }
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }
}
