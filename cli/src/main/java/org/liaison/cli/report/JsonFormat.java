package org.liaison.cli.report;

import java.io.IOException;
import java.io.Writer;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import tools.jackson.core.JsonGenerator;

/**
 * One JSON object: {@code {"version": 1, "summary": {…}, "problems": [{…}]}}. Each problem has
 * {@code severity}, {@code code}, {@code message}, {@code pointer}, and where known {@code
 * recordId}, {@code file}, {@code line}, {@code column} and {@code related} locations. The shape is
 * documented in {@code docs/reports.md} and checked against {@code report.schema.json}.
 */
final class JsonFormat {
  private JsonFormat() {}

  static void write(Report report, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeNumberProperty("version", 1);
      g.writeName("summary");
      g.writeStartObject();
      g.writeNumberProperty("files", report.files.size());
      g.writeNumberProperty("records", report.records);
      g.writeNumberProperty("errors", report.count(Severity.ERROR));
      g.writeNumberProperty("warnings", report.count(Severity.WARNING));
      g.writeNumberProperty("infos", report.count(Severity.INFO));
      g.writeEndObject();
      g.writeName("problems");
      g.writeStartArray();
      for (Problem p : report.problems) {
        problem(report, p, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void problem(Report report, Problem p, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("severity", p.severity().wireName());
    g.writeStringProperty("code", p.code());
    g.writeStringProperty("message", p.message());
    g.writeStringProperty("pointer", p.pointer());
    p.recordId().ifPresent(id -> g.writeStringProperty("recordId", id.value()));
    p.location().ifPresent(l -> location(report, l, g));
    if (!p.related().isEmpty()) {
      g.writeName("related");
      g.writeStartArray();
      for (Location l : p.related()) {
        g.writeStartObject();
        location(report, l, g);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void location(Report report, Location l, JsonGenerator g) {
    g.writeStringProperty("file", report.display(l.file()));
    if (l.line() > 0) {
      g.writeNumberProperty("line", l.line());
    }
    if (l.column() > 0) {
      g.writeNumberProperty("column", l.column());
    }
  }
}
