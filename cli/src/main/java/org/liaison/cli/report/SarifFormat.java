package org.liaison.cli.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.liaison.model.Location;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.Rule;
import tools.jackson.core.JsonGenerator;

/**
 * SARIF 2.1.0 as code-scanning upload accepts it: one run, one rule per code (id, short
 * description, default level, help), results with a repository-relative physical location, the JSON
 * Pointer as logical location, and a fingerprint that survives edits elsewhere in the file.
 */
final class SarifFormat {
  private SarifFormat() {}

  static void write(Report report, Writer out) throws IOException {
    TreeSet<String> codes = new TreeSet<>(report.rules.keySet());
    report.problems.forEach(p -> codes.add(p.code()));
    List<String> ruleIds = new ArrayList<>(codes);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ruleIds.size(); i++) {
      index.put(ruleIds.get(i), i);
    }
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeStringProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringProperty("version", "2.1.0");
      g.writeName("runs");
      g.writeStartArray();
      g.writeStartObject();
      tool(report, ruleIds, g);
      g.writeName("results");
      g.writeStartArray();
      for (Problem p : report.problems) {
        result(report, p, index.get(p.code()), g);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void tool(Report report, List<String> ruleIds, JsonGenerator g) {
    g.writeName("tool");
    g.writeStartObject();
    g.writeName("driver");
    g.writeStartObject();
    g.writeStringProperty("name", "liaison");
    g.writeStringProperty("version", report.version);
    g.writeStringProperty("informationUri", "https://github.com/liaison-project/liaison");
    g.writeName("rules");
    g.writeStartArray();
    for (String id : ruleIds) {
      Rule rule = report.rules.get(id);
      String description = rule != null ? rule.description() : "Reported by a plugin.";
      g.writeStartObject();
      g.writeStringProperty("id", id);
      g.writeName("shortDescription");
      text(g, description);
      g.writeName("defaultConfiguration");
      g.writeStartObject();
      g.writeStringProperty("level", level(rule != null ? rule.defaultSeverity() : Severity.ERROR));
      g.writeEndObject();
      g.writeName("help");
      text(
          g,
          description
              + " Configure it in liaison.yaml under rules: "
              + id
              + ", or suppress one problem with # liaison-disable-next-line "
              + id
              + " -- reason.");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(Report report, Problem p, int ruleIndex, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", p.code());
    g.writeNumberProperty("ruleIndex", ruleIndex);
    g.writeStringProperty("level", level(p.severity()));
    g.writeName("message");
    text(g, p.message());
    locations(report, p, g);
    if (!p.related().isEmpty()) {
      relatedLocations(report, p.related(), g);
    }
    g.writeName("partialFingerprints");
    g.writeStartObject();
    g.writeStringProperty("liaison/v1", fingerprint(report, p));
    g.writeEndObject();
    g.writeEndObject();
  }

  /** The problem's one location: its place in the file and its JSON Pointer, if it has them. */
  private static void locations(Report report, Problem p, JsonGenerator g) {
    g.writeName("locations");
    g.writeStartArray();
    g.writeStartObject();
    p.location().ifPresent(l -> physical(report, l, g));
    if (!p.pointer().isEmpty()) {
      g.writeName("logicalLocations");
      g.writeStartArray();
      g.writeStartObject();
      g.writeStringProperty("fullyQualifiedName", p.pointer());
      g.writeStringProperty("kind", "object");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void relatedLocations(Report report, List<Location> related, JsonGenerator g) {
    g.writeName("relatedLocations");
    g.writeStartArray();
    int id = 1;
    for (Location l : related) {
      g.writeStartObject();
      g.writeNumberProperty("id", id++);
      physical(report, l, g);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void physical(Report report, Location l, JsonGenerator g) {
    g.writeName("physicalLocation");
    g.writeStartObject();
    g.writeName("artifactLocation");
    g.writeStartObject();
    g.writeStringProperty("uri", report.repositoryUri(l.file()));
    g.writeEndObject();
    if (l.line() > 0) {
      g.writeName("region");
      g.writeStartObject();
      g.writeNumberProperty("startLine", l.line());
      if (l.column() > 0) {
        g.writeNumberProperty("startColumn", l.column());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String text) {
    g.writeStartObject();
    g.writeStringProperty("text", text);
    g.writeEndObject();
  }

  static String level(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /** Code, file, pointer and record: not the line, so edits elsewhere keep it stable. */
  private static String fingerprint(Report report, Problem p) {
    String key =
        p.code()
            + "|"
            + p.location().map(l -> report.repositoryUri(l.file())).orElse("")
            + "|"
            + p.pointer()
            + "|"
            + p.recordId().map(Object::toString).orElse("");
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        sb.append(String.format("%02x", hash[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
