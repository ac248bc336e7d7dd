package org.liaison.plugins.exporters.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.model.Dataset;
import org.liaison.plugins.exporters.Exports;
import org.liaison.plugins.exporters.Texts;

/**
 * The {@code mermaid} export parsed by Mermaid itself: the npm package {@code mermaid} under
 * Node.js, through {@code src/test/node/check-mermaid.mjs}, which gives Mermaid the DOM it needs
 * with jsdom and prints the nodes, edges and subgraphs Mermaid read. The npm project is installed
 * with {@code npm ci} when its {@code node_modules} is missing. Skipped, with a message, only where
 * Node.js is not installed.
 */
class MermaidExporterIT {
  private static final Path NODE_PROJECT = Path.of("src/test/node");

  @TempDir Path dir;

  /** What the checker printed and how it exited. */
  record Checked(int status, String out, String errors) {
    JsonObject json() {
      try (JsonReader r = Json.createReader(new StringReader(out))) {
        return r.readObject();
      }
    }
  }

  @BeforeAll
  static void requireNodeAndMermaid() throws Exception {
    assumeTrue(
        run(Path.of("."), "node", "--version").status() == 0,
        "Node.js (`node`) is not on"
            + " the PATH: these tests need it to run the Mermaid parser; skipped");
    if (!Files.isDirectory(NODE_PROJECT.resolve("node_modules/mermaid"))) {
      Checked install = run(NODE_PROJECT, "npm", "ci", "--no-audit", "--no-fund");
      assertThat(install.status())
          .as("npm ci in " + NODE_PROJECT + ": " + install.errors())
          .isZero();
    }
  }

  private static Checked run(Path workDir, String... command) throws InterruptedException {
    try {
      Path out = Files.createTempFile("liaison-mermaid", ".out");
      Path err = Files.createTempFile("liaison-mermaid", ".err");
      Process p =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      boolean done = p.waitFor(5, TimeUnit.MINUTES);
      Checked result =
          new Checked(done ? p.exitValue() : -1, Files.readString(out), Files.readString(err));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      return new Checked(-1, "", e.toString());
    }
  }

  private Checked check(String mermaid) throws Exception {
    Path file = dir.resolve("network.mmd");
    Files.writeString(file, mermaid);
    return run(NODE_PROJECT, "node", "check-mermaid.mjs", file.toAbsolutePath().toString());
  }

  private static List<String> strings(JsonObject json, String list, String field) {
    return json.getJsonArray(list).stream().map(v -> v.asJsonObject().getString(field)).toList();
  }

  @Test
  void examples_mermaidReadsAFlowchart_aNodePerInstitution_subgraphsAndEdges() throws Exception {
    // given
    Dataset data = Exports.examples();
    Network network = Network.of(data);

    // when
    Checked checked = check(Exports.export(new MermaidExporter(), data).text());

    // then
    assertThat(checked.status()).as(checked.errors()).isZero();
    JsonObject json = checked.json();
    assertThat(json.getString("type")).isEqualTo("flowchart-v2");
    assertThat(strings(json, "vertices", "id"))
        .hasSize(data.institutions().size())
        .contains("i_zhongqiao", "i_zhongqiao_info_eng", "i_zhejiang_chamber_shanghai");
    assertThat(strings(json, "subgraphs", "id"))
        .containsExactlyInAnyOrderElementsOf(
            data.institutions().stream()
                .filter(i -> !data.childrenOf(i).isEmpty())
                .map(i -> "g_" + i.id().value().replaceAll("[^a-z0-9]", "_"))
                .toList());
    assertThat(json.getJsonArray("edges")).hasSize(network.edges().size());
    assertThat(json.getJsonArray("edges"))
        .extracting(JsonValue::asJsonObject)
        .anySatisfy(
            e -> {
              assertThat(e.getString("start")).isEqualTo("i_zhejiang_chamber_shanghai");
              assertThat(e.getString("end")).isEqualTo("i_zhongqiao");
              assertThat(e.getString("text")).startsWith("2024-03-21<br>Entrepreneurs");
            });
  }

  @Test
  void trickyText_quotesHashesPipesAndMarkupReadBackAsText() throws Exception {
    // given
    Dataset data = Exports.tricky();

    // when
    Checked checked = check(Exports.export(new MermaidExporter(), data).text());

    // then
    assertThat(checked.status()).as(checked.errors()).isZero();
    JsonObject json = checked.json();
    assertThat(strings(json, "vertices", "text"))
        .contains(
            String.join("<br>", Texts.wrap("Università \"Nord\", Campus | *Main* #1", 28)),
            String.join("<br>", Texts.wrap("Lab of `code` & <html> \\ backslash", 28)));
    assertThat(strings(json, "edges", "text")).contains("joint laboratory<br>(signed)");
    assertThat(strings(json, "subgraphs", "title"))
        .containsExactly("Università \"Nord\", Campus | *Main* #1");
  }

  @Test
  void theChecker_rejectsAFlowchartMermaidCannotParse() throws Exception {
    // when
    Checked checked = check("flowchart LR\n  a -->|unclosed label b\n");

    // then: the check is real: Mermaid's parser error, exit 1
    assertThat(checked.status()).isEqualTo(1);
    assertThat(checked.errors()).contains("Parse error");
  }
}
