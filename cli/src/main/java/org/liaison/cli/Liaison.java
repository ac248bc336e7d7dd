package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.liaison.plugins.ConfigException;
import org.liaison.plugins.PluginConflictException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
@Command(
    name = "liaison",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Records of institutional cooperation: validate and export Liaison datasets."
            + " Run `liaison help COMMAND` for what each command does.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.HELP_OK,
      ExitCode.HELP_PROBLEMS,
      ExitCode.HELP_USAGE,
      ExitCode.HELP_INTERNAL
    },
    subcommands = {
      ValidateCommand.class,
      ExportCommand.class,
      PluginsCommand.class,
      CodesCommand.class,
      SchemaCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Liaison {

  private Liaison() {}

  /**
   * Runs {@code liaison} with the given arguments, writing reports to {@code out} and messages to
   * {@code err}; returns the exit status (0 ok, 1 problems, 2 usage, configuration or I/O error, 3
   * internal failure: a plugin failed, or Liaison itself). Plugins are those on this class's loader
   * and on {@code --plugin-path}. Never calls {@code System.exit}; {@code liaison export} without
   * {@code --output} writes to {@code System.out}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(out, err);
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
   * The command line, writing to {@code out} and {@code err}: a usage error says what is wrong and
   * where the help is; a bad configuration, plugin conflict or I/O error is one line.
   */
  private static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Liaison());
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

  /** A failure of Liaison itself: said to be one, with what a bug report needs. */
  private static int bug(PrintWriter err, Throwable e) {
    err.println("liaison: internal error in Liaison " + Version.current() + ": " + e);
    err.println(
        "This is a bug in Liaison, not a problem in your data: please report it with"
            + " the command you ran and the stack trace below.");
    e.printStackTrace(err);
    return ExitCode.INTERNAL;
  }

  /** Runs {@code liaison} on the standard streams and exits with its status. */
  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }
}
