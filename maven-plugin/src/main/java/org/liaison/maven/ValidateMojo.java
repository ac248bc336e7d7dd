package org.liaison.maven;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.liaison.cli.report.Format;
import org.liaison.cli.report.Report;
import org.liaison.io.AtomicFiles;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.BuiltinCode;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.Config;
import org.liaison.plugins.ConfigException;
import org.liaison.plugins.Validation;
import org.liaison.plugins.ValidationReport;

/**
 * Reads the project's data files, runs the built-in validators and those of this plugin's
 * dependencies, logs every problem as {@code file:line:column: severity [code] /pointer: message},
 * writes the reports under {@code target/liaison/}, and fails the build when a problem is at least
 * as severe as {@code failOn}. When the data, the configuration, the plugins and the parameters are
 * those of the last passing run, it reads nothing and says so.
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ValidateMojo extends AbstractLiaisonMojo {
  /** How many problems the failure message names; the reports and the log have them all. */
  static final int PROBLEMS_IN_MESSAGE = 10;

  /** The index of the last passing run's inputs, in {@code outputDirectory}. */
  static final String INDEX = "validate.index";

  /** Fail the build when a problem is at least this severe: {@code error} or {@code warning}. */
  @Parameter(property = "liaison.failOn", defaultValue = "error")
  String failOn;

  /**
   * The report files to write into {@code outputDirectory}: {@code text} ({@code liaison.txt}),
   * {@code json} ({@code liaison.json}), {@code junit} ({@code liaison-junit.xml}) and {@code
   * sarif} ({@code liaison.sarif}), the formats of {@code liaison validate}. Default: text, junit
   * and sarif. The log always has the problems as text.
   */
  @Parameter(property = "liaison.formats")
  List<String> formats;

  /** Where the reports and the index of inputs go. */
  @Parameter(
      property = "liaison.outputDirectory",
      defaultValue = "${project.build.directory}/liaison")
  File outputDirectory;

  /**
   * Skip the run when nothing it depends on has changed since the last passing run: data files,
   * configuration file and plugin jars (path, size and modification time) and these parameters.
   * {@code false} validates every time.
   */
  @Parameter(property = "liaison.upToDateCheck", defaultValue = "true")
  boolean upToDateCheck;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("liaison: validation skipped (liaison.skip)");
      return;
    }
    Severity threshold = threshold();
    Map<Format, Path> reports = reports();
    List<Path> data = dataPaths();
    if (data.isEmpty()) {
      log.info("liaison: no " + DEFAULT_DATA + " folder, nothing to validate");
      return;
    }
    Optional<Path> configPath = configPath(data);
    Path index = outputDirectory.toPath().resolve(INDEX);
    InputIndex inputs = upToDateCheck ? inputs(data, configPath) : null;
    if (inputs != null && reports.values().stream().allMatch(Files::isRegularFile)) {
      Optional<String> last = inputs.recordedResult(index);
      if (last.isPresent()) {
        log.info(
            "liaison: up to date, nothing read: the "
                + inputs.dataFiles()
                + " data files, the configuration and the plugins are those of the last run ("
                + last.get()
                + ")");
        return;
      }
    }
    try {
      Files.deleteIfExists(index);
    } catch (IOException e) {
      throw new MojoExecutionException("liaison: cannot remove " + index + ": " + e, e);
    }

    Config config = config(configPath);
    Validation validation;
    try {
      validation = Validation.of(plugins()).withConfig(config);
    } catch (ConfigException e) {
      throw new MojoExecutionException("liaison: " + e.getMessage(), e);
    }
    LoadResult load = read(DatasetReader.create().withLimits(config.limits()), data);
    ValidationReport result = validation.validate(load);
    Report report =
        new Report(
            result.problems(),
            load.fileNames(),
            load.recordsRead(),
            validation.rules(),
            pluginVersion);
    for (Problem p : result.problems()) {
      log(log, p);
    }
    for (Map.Entry<Format, Path> r : reports.entrySet()) {
      write(report, r.getKey(), r.getValue());
    }
    log.info("liaison: " + report.summary() + " in " + shown(data));

    if (result.pluginFailed()) {
      throw new MojoExecutionException(
          "liaison: a plugin failed, so its checks are missing"
              + " from this run: "
              + first(
                  result.problems().stream()
                      .filter(p -> p.code().equals(BuiltinCode.PLUGIN_FAILED.code()))
                      .toList(),
                  reports));
    }
    List<Problem> failing =
        result.problems().stream().filter(p -> p.severity().atLeast(threshold)).toList();
    if (!failing.isEmpty()) {
      throw new MojoFailureException(failureMessage(failing, report, reports));
    }
    if (inputs != null) {
      try {
        inputs.write(index, report.summary());
      } catch (IOException e) {
        log.warn("liaison: cannot write " + index + " (the next run validates again): " + e);
      }
    }
  }

  private Severity threshold() throws MojoExecutionException {
    switch (failOn) {
      case "error":
        return Severity.ERROR;
      case "warning":
        return Severity.WARNING;
      default:
        throw new MojoExecutionException(
            "liaison: failOn is `error` or `warning`, not `" + failOn + "`");
    }
  }

  /** Each report to write, with its file. */
  private Map<Format, Path> reports() throws MojoExecutionException {
    List<String> names =
        formats == null || formats.isEmpty() ? List.of("text", "junit", "sarif") : formats;
    Map<Format, Path> reports = new LinkedHashMap<>();
    for (String name : names) {
      Format f =
          Format.find(name.trim())
              .filter(x -> x != Format.GITHUB)
              .orElseThrow(
                  () ->
                      new MojoExecutionException(
                          "liaison: unknown report format `"
                              + name
                              + "` in <formats>: use text, json, junit or sarif"));
      reports.put(f, outputDirectory.toPath().resolve(fileName(f)));
    }
    return reports;
  }

  static String fileName(Format f) {
    switch (f) {
      case JUNIT:
        return "liaison-junit.xml";
      case SARIF:
        return "liaison.sarif";
      case JSON:
        return "liaison.json";
      default:
        return "liaison.txt";
    }
  }

  /** What this run depends on. */
  private InputIndex inputs(List<Path> data, Optional<Path> configPath)
      throws MojoExecutionException {
    try {
      InputIndex.Builder b =
          InputIndex.builder()
              .value("plugin", pluginVersion)
              .value("failOn", failOn)
              .value("formats", formats)
              .value("outputDirectory", outputDirectory)
              .value("useProjectClasspath", useProjectClasspath)
              .value("workingDirectory", Path.of("").toAbsolutePath())
              .value("java", System.getProperty("java.version"));
      if (configPath.isPresent()) {
        b.files("config", configPath.get());
      } else {
        b.value("config", "none");
      }
      for (Artifact a : pluginArtifacts) {
        if (a.getFile() != null) {
          b.files("jar", a.getFile().toPath());
        } else {
          b.value("jar", a.getId());
        }
      }
      for (Path p : projectClasspath()) {
        b.files("classpath", p);
      }
      for (Path p : data) {
        b.data(p);
      }
      return b.build();
    } catch (IOException e) {
      throw new MojoExecutionException("liaison: cannot list the inputs: " + e, e);
    }
  }

  /** Logs a problem as one text line, at its severity. */
  static void log(Log log, Problem p) {
    String line = text(p);
    switch (p.severity()) {
      case ERROR:
        log.error(line);
        break;
      case WARNING:
        log.warn(line);
        break;
      default:
        log.info(line);
    }
  }

  /** A problem in the text format of {@code liaison validate}. */
  static String text(Problem p) {
    StringWriter w = new StringWriter();
    try {
      Format.TEXT.write(new Report(List.of(p), List.of(), 0, Map.of(), ""), w, false);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    return w.toString().strip();
  }

  private static void write(Report report, Format format, Path file) throws MojoExecutionException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFiles.write(
          file,
          stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            format.write(report, w, false);
          });
    } catch (IOException e) {
      throw new MojoExecutionException(
          "liaison: cannot write the " + format.cliName() + " report to " + file + ": " + e, e);
    }
  }

  private String failureMessage(List<Problem> failing, Report report, Map<Format, Path> reports) {
    long errors = failing.stream().filter(p -> p.severity() == Severity.ERROR).count();
    long warnings = failing.size() - errors;
    StringBuilder sb = new StringBuilder("liaison: ");
    if (errors > 0) {
      sb.append(count(errors, "error")).append(warnings > 0 ? " and " : "");
    }
    if (warnings > 0) {
      sb.append(count(warnings, "warning"));
    }
    sb.append(" (failOn=")
        .append(failOn)
        .append(", ")
        .append(report.summary())
        .append("):")
        .append(first(failing, reports));
    return sb.toString();
  }

  private String first(List<Problem> problems, Map<Format, Path> reports) {
    StringBuilder sb = new StringBuilder();
    problems.stream()
        .limit(PROBLEMS_IN_MESSAGE)
        .forEach(p -> sb.append(System.lineSeparator()).append("  ").append(text(p)));
    if (problems.size() > PROBLEMS_IN_MESSAGE) {
      sb.append(System.lineSeparator())
          .append("  … and ")
          .append(problems.size() - PROBLEMS_IN_MESSAGE)
          .append(" more");
    }
    if (!reports.isEmpty()) {
      sb.append(System.lineSeparator())
          .append("Reports: ")
          .append(
              String.join(
                  ", ", reports.values().stream().map(AbstractLiaisonMojo::shown).toList()));
    }
    return sb.toString();
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
