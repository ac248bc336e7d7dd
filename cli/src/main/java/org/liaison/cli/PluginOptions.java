package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.liaison.plugins.Config;
import org.liaison.plugins.Plugins;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options shared by the commands that run plugins: where plugins and configuration are. A
 * command adds them to its model ({@link #addTo}); their values are read after picocli parsed the
 * command line.
 */
final class PluginOptions {
  /** How a {@code plugin.failed} message tells where the stack trace is. */
  static final String DEBUG_HINT = "`--debug` prints its stack trace";

  private final OptionSpec debug =
      Commands.flag(
          "--debug", "Print the stack trace of each plugin that failed (plugin.failed) to stderr.");

  private final OptionSpec pluginPath =
      OptionSpec.builder("--plugin-path")
          .paramLabel("PATH")
          .type(List.class)
          .auxiliaryTypes(Path.class)
          .converters(Commands::path)
          .splitRegex(",")
          .description("Plugin jars, or directories of jars, to add (repeatable).")
          .build();

  private final OptionSpec config =
      Commands.option(
          "--config",
          "FILE",
          Path.class,
          "The configuration file (default: liaison.yaml in the data's directory or"
              + " above it, up to the repository root).");

  /** Adds these options to {@code spec}, a command's model. */
  void addTo(CommandSpec spec) {
    spec.addOption(debug);
    spec.addOption(pluginPath);
    spec.addOption(config);
  }

  /** The plugins on the command's class path and on {@code --plugin-path}. */
  Plugins plugins() {
    List<Path> paths = pluginPath.getValue();
    List<URL> urls = new ArrayList<>();
    for (Path p : paths == null ? List.<Path>of() : paths) {
      if (!Files.exists(p)) {
        throw new UsageException("no such plugin jar or directory: " + p);
      }
      for (Path jar : jars(p)) {
        try {
          urls.add(jar.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new UsageException("cannot use plugin jar " + jar + ": " + e.getMessage());
        }
      }
    }
    ClassLoader parent = Liaison.class.getClassLoader();
    return Plugins.discover(
        urls.isEmpty() ? parent : new URLClassLoader(urls.toArray(new URL[0]), parent));
  }

  private static List<Path> jars(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> files = Files.list(p)) {
      return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the stack traces of what failed plugins threw, with {@code --debug}. */
  void debug(List<Throwable> causes, PrintWriter err) {
    boolean debug = this.debug.getValue();
    if (debug) {
      for (Throwable t : causes) {
        t.printStackTrace(err);
      }
      err.flush();
    }
  }

  /**
   * The configuration named by {@code --config}, or found from the first data path (named relative
   * to the working directory when it lies below it).
   */
  Config config(List<Path> data) {
    Path config = this.config.getValue();
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new UsageException("no such configuration file: " + config);
      }
      return Config.load(config);
    }
    Optional<Path> found = data.isEmpty() ? Optional.empty() : Config.find(data.get(0));
    return found.map(f -> Config.load(Path.of(Output.display(f)))).orElse(Config.empty());
  }
}
