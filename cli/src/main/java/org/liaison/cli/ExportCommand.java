package org.liaison.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaison.io.AtomicFiles;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.ExportFiles;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.Plugins;
import org.liaison.plugins.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code liaison export}: writes the dataset in a format of a built-in or plugin exporter. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the data and writes it in another format. Data the reader finds errors in is",
      "not exported; the validators' rules are for `liaison validate`, a separate step.",
      "A file is written to a temporary file first and moved into place: a failed export",
      "leaves no partial file. Formats of several files (csv) go to a directory when",
      "--output names one (or ends with /), else into one zip. `liaison plugins` lists the",
      "formats."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PluginOptions pluginOptions;

  @Option(names = "--format", required = true, paramLabel = "NAME",
      description = "The format to write (json, yaml, or a plugin's).")
  String format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Where to write (default: standard output).")
  Path output;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Data files or directories.")
  List<Path> paths;

  private static void stream(Exporter exporter, LoadResult load, OutputStream out,
      ExportContext context) throws IOException {
    if (exporter.writesFiles()) {
      ExportFiles.zip(exporter, load.dataset(), out, context);
    } else {
      exporter.export(load.dataset(), out, context);
    }
  }

  /** Writes the files into a temporary directory, then moves each into place. */
  private void directory(Exporter exporter, LoadResult load, ExportContext context)
      throws IOException {
    Files.createDirectories(output);
    Path temp = Files.createTempDirectory(output.toAbsolutePath().getParent(), ".liaison-export");
    try {
      exporter.exportFiles(load.dataset(), ExportFiles.directory(temp), context);
      try (Stream<Path> files = Files.walk(temp)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          Path target = output.resolve(temp.relativize(f).toString());
          Files.createDirectories(target.getParent());
          Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      try (Stream<Path> left = Files.walk(temp)) {
        for (Path f : left.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Data.requireExisting(paths);
    Plugins plugins = pluginOptions.plugins();
    plugins.failures().forEach(err::println);
    Exporter exporter = plugins.exporter(format).orElseThrow(() -> new UsageException(
        "no exporter has the format `" + format + "`; formats: " + String.join(", ",
            plugins.exporters().stream().map(Exporter::format).toList())));
    LoadResult load = Data.read(
        DatasetReader.create().withLimits(pluginOptions.config(paths).limits()), paths);
    load.problems().forEach(err::println);
    if (load.hasErrors()) {
      err.println("liaison: the data has " + load.count(Severity.ERROR)
          + " errors; nothing was exported: fix them first (`liaison validate` lists them)");
      return ExitCode.PROBLEMS;
    }
    List<Problem> notes = new ArrayList<>();
    ExportContext context = new ExportContext() {
      @Override
      public Map<String, String> options() {
        return Map.of();
      }

      @Override
      public void report(String code, String message, Subject subject) {
        notes.add(Problem.builder().severity(Severity.INFO).code(format + "/" + code)
            .message(message).recordId(subject.record().id())
            .location(load.dataset().origin(subject.record().id()).map(o -> o.location())
                .orElse(Location.ofFile("<export>")))
            .build());
      }
    };
    try {
      if (output == null) {
        OutputStream out = System.out;
        stream(exporter, load, out, context);
        out.flush();
      } else if (exporter.writesFiles()
          && (Files.isDirectory(output) || output.toString().endsWith("/"))) {
        directory(exporter, load, context);
      } else {
        AtomicFiles.write(output, out -> stream(exporter, load, out, context));
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + output + ": " + e.getMessage());
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        throw (Error) e;
      }
      err.println(BuiltinCode.PLUGIN_FAILED.problem("the exporter `" + format + "` ("
          + plugins.describe(exporter) + ") threw " + e + "; nothing was written")
          .location(Location.ofFile(plugins.describe(exporter).jar())).build());
      return ExitCode.INTERNAL;
    }
    notes.sort(Problem.ORDER);
    notes.forEach(err::println);
    return plugins.failures().isEmpty() ? ExitCode.OK : ExitCode.INTERNAL;
  }
}
