package org.liaison.cli.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.Rule;

/** What a validation run reports, whatever the format. */
public final class Report {
  final List<Problem> problems;
  final List<String> files;
  final int records;
  final Map<String, Rule> rules;
  final String version;
  private final Path workDir = Path.of("").toAbsolutePath();

  /**
   * A report of {@code problems} (sorted) over {@code files} (as named in locations), of the given
   * number of records; {@code rules} describes every code that may occur.
   */
  public Report(
      List<Problem> problems,
      List<String> files,
      int records,
      Map<String, Rule> rules,
      String version) {
    this.problems = List.copyOf(problems);
    this.files = List.copyOf(files);
    this.records = records;
    this.rules = Map.copyOf(rules);
    this.version = version;
  }

  long count(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /**
   * The summary line: {@code N files, N records: N errors, N warnings, N info}, each noun in the
   * singular for one.
   */
  public String summary() {
    return counted(files.size(), "file")
        + ", "
        + counted(records, "record")
        + ": "
        + counted(count(Severity.ERROR), "error")
        + ", "
        + counted(count(Severity.WARNING), "warning")
        + ", "
        + count(Severity.INFO)
        + " info";
  }

  /** {@code n} and the noun, in the singular for one: {@code 1 error}, {@code 2 errors}. */
  static String counted(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A file as a user reads it: relative to the working directory when it lies below it. */
  String display(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute() && p.normalize().startsWith(workDir)) {
      return workDir.relativize(p.normalize()).toString();
    }
    return file;
  }

  /** A file as a repository-relative URI with forward slashes, for SARIF. */
  String repositoryUri(String file) {
    Path p = Path.of(file).toAbsolutePath().normalize();
    Path root = repositoryRoot();
    Path rel = p.startsWith(root) ? root.relativize(p) : p;
    return rel.toString().replace('\\', '/');
  }

  private Path repositoryRoot() {
    for (Path dir = workDir; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return workDir;
  }

  /** The problem's location with its file as displayed. */
  String where(Location l) {
    String f = display(l.file());
    return Location.of(f, l.line(), l.column()).toString();
  }
}
