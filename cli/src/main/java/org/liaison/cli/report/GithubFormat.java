package org.liaison.cli.report;

import java.io.IOException;
import java.io.Writer;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=CODE::message}, one
 * per problem, escaped as the runner expects, and a Markdown summary for {@code
 * $GITHUB_STEP_SUMMARY}.
 */
public final class GithubFormat {
  private GithubFormat() {}

  static void write(Report report, Writer out) throws IOException {
    for (Problem p : report.problems) {
      StringBuilder sb = new StringBuilder("::").append(command(p.severity()));
      StringBuilder props = new StringBuilder();
      p.location()
          .ifPresent(
              l -> {
                props.append("file=").append(property(report.display(l.file())));
                if (l.line() > 0) {
                  props.append(",line=").append(l.line());
                }
                if (l.column() > 0) {
                  props.append(",col=").append(l.column());
                }
              });
      props.append(props.length() > 0 ? "," : "").append("title=").append(property(p.code()));
      sb.append(' ')
          .append(props)
          .append("::")
          .append(data((p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()));
      out.write(sb.append('\n').toString());
    }
  }

  private static String command(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "notice";
    }
  }

  /** Escapes a command's message as the runner unescapes it. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command's property value: also {@code :} and {@code ,}. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  /** A Markdown summary of the run for {@code $GITHUB_STEP_SUMMARY}. */
  public static String stepSummary(Report report) {
    StringBuilder md = new StringBuilder("### liaison validate\n\n");
    md.append("| files | records | errors | warnings | infos |\n|---:|---:|---:|---:|---:|\n")
        .append("| ")
        .append(report.files.size())
        .append(" | ")
        .append(report.records)
        .append(" | ")
        .append(report.count(Severity.ERROR))
        .append(" | ")
        .append(report.count(Severity.WARNING))
        .append(" | ")
        .append(report.count(Severity.INFO))
        .append(" |\n");
    if (!report.problems.isEmpty()) {
      md.append("\n| where | severity | code | message |\n|---|---|---|---|\n");
      int shown = 0;
      for (Problem p : report.problems) {
        if (shown++ == 100) {
          md.append("\n…and ").append(report.problems.size() - 100).append(" more.\n");
          break;
        }
        md.append("| ")
            .append(cell(p.location().map(report::where).orElse("")))
            .append(" | ")
            .append(p.severity().wireName())
            .append(" | `")
            .append(p.code())
            .append("` | ")
            .append(cell(p.message()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
