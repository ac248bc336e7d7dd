package org.liaison.cli.report;

import java.io.IOException;
import java.io.Writer;
import org.liaison.model.Problem;
import org.liaison.model.Severity;

/** {@code file:line:column: severity [code] /json/pointer: message}, one line per problem. */
final class TextFormat {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  private TextFormat() {}

  static void write(Report report, Writer out, boolean color) throws IOException {
    for (Problem p : report.problems) {
      out.write(color ? colored(report, p) : plain(report, p));
      out.write(System.lineSeparator());
    }
  }

  static String plain(Report report, Problem p) {
    StringBuilder sb = new StringBuilder();
    p.location().ifPresent(l -> sb.append(report.where(l)).append(": "));
    sb.append(p.severity().wireName()).append(" [").append(p.code()).append("] ");
    if (!p.pointer().isEmpty()) {
      sb.append(p.pointer()).append(": ");
    }
    return sb.append(p.message()).toString();
  }

  private static String colored(Report report, Problem p) {
    StringBuilder sb = new StringBuilder();
    p.location().ifPresent(l -> sb.append(BOLD).append(report.where(l)).append(RESET).append(": "));
    sb.append(color(p.severity()))
        .append(p.severity().wireName())
        .append(RESET)
        .append(DIM)
        .append(" [")
        .append(p.code())
        .append("] ")
        .append(RESET);
    if (!p.pointer().isEmpty()) {
      sb.append(p.pointer()).append(": ");
    }
    return sb.append(p.message()).toString();
  }

  private static String color(Severity s) {
    switch (s) {
      case ERROR:
        return "\u001b[31;1m";
      case WARNING:
        return "\u001b[33;1m";
      default:
        return "\u001b[36m";
    }
  }
}
