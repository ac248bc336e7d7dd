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
import java.util.LinkedHashMap;
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
import org.liaison.plugins.Config;
import org.liaison.plugins.Export;
import org.liaison.plugins.ExportFiles;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.Plugins;
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
      "formats and the options of each.",
      "What an exporter could not hold is reported on stderr as format/code problems (info",
      "unless liaison.yaml sets their level)."
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

  @Option(names = "--option", paramLabel = "NAME=VALUE",
      description = "An option of the exporter (repeatable); wins over liaison.yaml's."
          + " `liaison plugins` lists each exporter's options.")
  Map<String, String> options = new LinkedHashMap<>();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Data files or directories.")
  List<Path> paths;

  /** Writes the files into a temporary directory, then moves each into place. */
  private List<Problem> directory(Export export, LoadResult load) throws IOException {
    Files.createDirectories(output);
    Path temp = Files.createTempDirectory(output.toAbsolutePath().getParent(), ".liaison-export");
    try {
      List<Problem> notes = export.writeFiles(load.dataset(), ExportFiles.directory(temp));
      try (Stream<Path> files = Files.walk(temp)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          Path target = output.resolve(temp.relativize(f).toString());
          Files.createDirectories(target.getParent());
          Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return notes;
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
    pluginOptions.debug(plugins.failureCauses(), err);
    Exporter exporter = plugins.exporter(format).orElseThrow(() -> new UsageException(
        "no exporter has the format `" + format + "`; formats: " + String.join(", ",
            plugins.exporters().stream().map(Exporter::format).toList())));
    Config config = pluginOptions.config(paths);
    Export export = Export.of(plugins, exporter).withConfig(config).withOptions(options);
    LoadResult load = Data.read(DatasetReader.create().withLimits(config.limits()), paths);
    load.problems().forEach(err::println);
    if (load.hasErrors()) {
      err.println("liaison: the data has " + load.count(Severity.ERROR)
          + " errors; nothing was exported: fix them first (`liaison validate` lists them)");
      return ExitCode.PROBLEMS;
    }
    List<Problem> notes = new ArrayList<>();
    try {
      if (output == null) {
        OutputStream out = System.out;
        notes = export.write(load.dataset(), out);
        out.flush();
      } else if (exporter.writesFiles()
          && (Files.isDirectory(output) || output.toString().endsWith("/"))) {
        notes = directory(export, load);
      } else {
        List<List<Problem>> written = new ArrayList<>();
        AtomicFiles.write(output, out -> written.add(export.write(load.dataset(), out)));
        notes = written.get(0);
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + output + ": " + e.getMessage());
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
        throw (Error) e;
      }
      err.println(BuiltinCode.PLUGIN_FAILED.problem("the exporter `" + format + "` ("
          + plugins.describe(exporter) + ") threw " + e + "; nothing was written ("
          + PluginOptions.DEBUG_HINT + ")")
          .location(Location.ofFile(plugins.describe(exporter).jar())).build());
      pluginOptions.debug(List.of(e), err);
      return ExitCode.INTERNAL;
    }
    notes.forEach(err::println);
    return plugins.failures().isEmpty() ? ExitCode.OK : ExitCode.INTERNAL;
  }
}
