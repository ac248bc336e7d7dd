package org.liaison.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.liaison.io.AtomicFiles;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.Config;
import org.liaison.plugins.ConfigException;
import org.liaison.plugins.Export;
import org.liaison.plugins.ExportFiles;
import org.liaison.plugins.Exporter;
import org.liaison.plugins.Plugins;

/**
 * Writes the project's data with an exporter, built-in ({@code markdown}, {@code dot}, {@code csv},
 * …) or from a dependency of this plugin, into {@code target/liaison/export/}. A file is written
 * whole or not at all. Data the reader finds errors in is not exported.
 */
@Mojo(
    name = "export",
    defaultPhase = LifecyclePhase.PACKAGE,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ExportMojo extends AbstractLiaisonMojo {

  /** The exporter's format, as {@code liaison plugins} lists them: {@code markdown}, … */
  @Parameter(property = "liaison.format", required = true)
  String format;

  /**
   * Options for the exporter: one element per option, named as the option, its text the value. They
   * win over the options {@code liaison.yaml} sets; an option the exporter does not declare fails
   * the build with the options it has ({@code liaison plugins} lists them).
   */
  @Parameter Map<String, String> options;

  /** The folder the export goes into. */
  @Parameter(
      property = "liaison.exportDirectory",
      defaultValue = "${project.build.directory}/liaison/export")
  File outputDirectory;

  /**
   * The name of the file written in {@code outputDirectory}. Default: {@code dataset} with the
   * format's extension, as {@code dataset.md}; a format of several files ({@code csv}) writes them
   * into a folder, by default named as the format.
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
    Exporter exporter =
        plugins
            .exporter(format)
            .orElseThrow(
                () ->
                    new MojoExecutionException(
                        "liaison: no exporter has the format `"
                            + format
                            + "`; formats: "
                            + String.join(
                                ", ", plugins.exporters().stream().map(Exporter::id).toList())
                            + " (a plugin's exporter is added as a <dependency> of liaison-maven-plugin)"));
    Config config = config(configPath(data));
    LoadResult load = read(DatasetReader.create().withLimits(config.limits()), data);
    if (load.hasErrors()) {
      load.problems().stream()
          .filter(p -> p.severity() == Severity.ERROR)
          .forEach(p -> getLog().error(ValidateMojo.text(p)));
      throw new MojoFailureException(
          "liaison: the data has "
              + load.count(Severity.ERROR)
              + " errors; nothing was exported: fix them first (liaison:validate lists them)");
    }
    Export export;
    try {
      export =
          Export.of(plugins, exporter)
              .withConfig(config)
              .withOptions(options == null ? Map.of() : options);
    } catch (ConfigException e) {
      throw new MojoExecutionException("liaison: " + e.getMessage());
    }
    List<List<Problem>> written = new ArrayList<>();
    Path out = outputDirectory.toPath();
    Path target;
    try {
      if (exporter.writesFiles()) {
        target = out.resolve(fileName != null ? fileName : exporter.id());
        AtomicFiles.writeFolder(
            target,
            dir -> written.add(export.writeFiles(load.dataset(), ExportFiles.directory(dir))));
      } else {
        target = out.resolve(fileName != null ? fileName : "dataset." + exporter.extension());
        AtomicFiles.write(target, stream -> written.add(export.write(load.dataset(), stream)));
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "liaison: cannot write the " + format + " export to " + out + ": " + e.getMessage(), e);
    } catch (RuntimeException | LinkageError e) {
      throw new MojoExecutionException(
          "liaison: the exporter `"
              + format
              + "` ("
              + plugins.describe(exporter)
              + ") threw "
              + e
              + "; nothing was written",
          e);
    }
    List<Problem> notes = new ArrayList<>();
    written.forEach(notes::addAll);
    notes.sort(Problem.ORDER);
    notes.forEach(p -> ValidateMojo.log(getLog(), p));
    getLog()
        .info(
            "liaison: exported "
                + load.recordsRead()
                + " records of "
                + load.fileCount()
                + " files as "
                + format
                + " to "
                + shown(target));
  }
}
