package org.liaison.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
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
      "Reads the data and writes it in another format. Data with errors is not exported.",
      "A file is written to a temporary file first and moved into place: a failed export",
      "leaves no partial file. `liaison plugins` lists the formats."
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

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Data.requireExisting(paths);
    Plugins plugins = pluginOptions.plugins();
    plugins.failures().forEach(err::println);
    Exporter exporter = plugins.exporter(format).orElseThrow(() -> new UsageException(
        "no exporter has the format `" + format + "`; formats: " + String.join(", ",
            plugins.exporters().stream().map(Exporter::format).toList())));
    LoadResult load = Data.read(DatasetReader.create(), paths);
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
        exporter.export(load.dataset(), out, context);
        out.flush();
      } else {
        AtomicFiles.write(output, out -> exporter.export(load.dataset(), out, context));
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + output + ": " + e.getMessage());
    } catch (RuntimeException | LinkageError e) {
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
