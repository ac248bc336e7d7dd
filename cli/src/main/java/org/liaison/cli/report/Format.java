package org.liaison.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/** The report formats of {@code liaison validate --format}. */
public enum Format {
  /** One line per problem, for people. */
  TEXT,
  /** One JSON document: the problems and a summary. */
  JSON,
  /** JUnit XML: one test case per file, for CI servers. */
  JUNIT,
  /** SARIF 2.1.0, for code-scanning upload. */
  SARIF,
  /** GitHub Actions workflow commands (annotations). */
  GITHUB;

  /** The name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format whose command-line name is {@code name}, or empty if there is none. */
  public static Optional<Format> find(String name) {
    for (Format f : values()) {
      if (f.cliName().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes {@code report} in this format.
   *
   * @param color whether to colour text output
   */
  public void write(Report report, Writer out, boolean color) throws IOException {
    switch (this) {
      case TEXT:
        TextFormat.write(report, out, color);
        break;
      case JSON:
        JsonFormat.write(report, out);
        break;
      case JUNIT:
        JunitFormat.write(report, out);
        break;
      case SARIF:
        SarifFormat.write(report, out);
        break;
      default:
        GithubFormat.write(report, out);
    }
    out.flush();
  }
}
