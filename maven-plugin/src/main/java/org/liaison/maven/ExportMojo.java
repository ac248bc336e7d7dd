package org.liaison.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.liaison.io.AtomicFiles;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Dataset;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.Config;
import org.liaison.plugins.ExportContext;
import org.liaison.plugins.ExportFiles;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.Plugins;
import org.liaison.plugins.Subject;

/**
 * Writes the project's data with an exporter, built-in ({@code markdown}, {@code dot}, {@code
 * csv}, …) or from a dependency of this plugin, into {@code target/liaison/export/}. A file is
 * written whole or not at all. Data the reader finds errors in is not exported.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ExportMojo extends AbstractLiaisonMojo {

  /** The exporter's format, as {@code liaison plugins} lists them: {@code markdown}, … */
  @Parameter(property = "liaison.format", required = true)
  String format;

  /**
   * Options for the exporter: one element per option, named as the option, its text the value.
   */
  @Parameter
  Map<String, String> options;

  /** The folder the export goes into. */
  @Parameter(property = "liaison.exportDirectory",
      defaultValue = "${project.build.directory}/liaison/export")
  File outputDirectory;

  /**
   * The name of the file written in {@code outputDirectory}. Default: {@code dataset} with the
   * format's extension, as {@code dataset.md}; a format of several files ({@code csv}) writes
   * them into a folder, by default named as the format.
   */
  @Parameter(property = "liaison.fileName")
  String fileName;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("liaison: export skipped (liaison.skip)");
      return;
    }
    List<Path> data = dataPaths();
    if (data.isEmpty()) {
      getLog().info("liaison: no " + DEFAULT_DATA + " folder, nothing to export");
      return;
    }
    Plugins plugins = plugins();
    plugins.failures().forEach(p -> getLog().warn(ValidateMojo.text(p)));
    Exporter exporter = plugins.exporter(format).orElseThrow(() -> new MojoExecutionException(
        "liaison: no exporter has the format `" + format + "`; formats: " + String.join(", ",
            plugins.exporters().stream().map(Exporter::format).toList())
            + " (a plugin's exporter is added as a <dependency> of liaison-maven-plugin)"));
    Config config = config(configPath(data));
    LoadResult load = read(DatasetReader.create().withLimits(config.limits()), data);
    if (load.hasErrors()) {
      load.problems().stream().filter(p -> p.severity() == Severity.ERROR)
          .forEach(p -> getLog().error(ValidateMojo.text(p)));
      throw new MojoFailureException("liaison: the data has " + load.count(Severity.ERROR)
          + " errors; nothing was exported: fix them first (liaison:validate lists them)");
    }
    List<Problem> notes = new ArrayList<>();
    ExportContext context = context(load.dataset(), notes);
    Path out = outputDirectory.toPath();
    Path target;
    try {
      if (exporter.writesFiles()) {
        target = out.resolve(fileName != null ? fileName : exporter.format());
        directory(exporter, load.dataset(), context, target);
      } else {
        target = out.resolve(fileName != null ? fileName : "dataset." + exporter.extension());
        Files.createDirectories(out);
        AtomicFiles.write(target, stream -> exporter.export(load.dataset(), stream, context));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("liaison: cannot write the " + format + " export to "
          + out + ": " + e, e);
    } catch (RuntimeException | LinkageError e) {
      throw new MojoExecutionException("liaison: the exporter `" + format + "` ("
          + plugins.describe(exporter) + ") threw " + e + "; nothing was written", e);
    }
    notes.sort(Problem.ORDER);
    notes.forEach(p -> getLog().info(ValidateMojo.text(p)));
    getLog().info("liaison: exported " + load.recordsRead() + " records of " + load.files()
        + " files as " + format + " to " + shown(target));
  }

  /** The exporter's options, and its notes collected as {@code info} problems. */
  private ExportContext context(Dataset dataset, List<Problem> notes) {
    Map<String, String> opts = options == null ? Map.of() : Map.copyOf(options);
    return new ExportContext() {
      @Override
      public Map<String, String> options() {
        return opts;
      }

      @Override
      public void report(String code, String message, Subject subject) {
        synchronized (notes) {
          notes.add(Problem.builder().severity(Severity.INFO).code(format + "/" + code)
              .message(message).recordId(subject.record().id())
              .location(dataset.origin(subject.record().id()).map(o -> o.location())
                  .orElse(Location.ofFile("<export>")))
              .build());
        }
      }
    };
  }

  /** Writes the files into a temporary folder beside {@code dir}, then moves each into place. */
  private static void directory(Exporter exporter, Dataset dataset, ExportContext context,
      Path dir) throws IOException {
    Files.createDirectories(dir);
    Path temp = Files.createTempDirectory(dir.toAbsolutePath().getParent(), ".liaison-export");
    try {
      exporter.exportFiles(dataset, ExportFiles.directory(temp), context);
      try (Stream<Path> files = Files.walk(temp)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          Path target = dir.resolve(temp.relativize(f).toString());
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
}
