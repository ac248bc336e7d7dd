package org.liaison.plugins.exporters.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.io.DatasetReader;
import org.liaison.model.Dataset;
import org.liaison.plugins.exporters.Exports;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code dot} export rendered by Graphviz's own {@code dot} to SVG: it must exit 0 and print no
 * warning, and the SVG must hold one node per institution, one cluster per institution with
 * sub-units and one edge per edge of the network. Skipped, with a message, only where {@code dot}
 * is not installed ({@code apt-get install graphviz}; the CI script installs it).
 */
class DotExporterIT {
  @TempDir Path dir;

  /** What {@code dot -Tsvg} did. */
  record Rendered(int status, String errors, Document svg) {}

  @BeforeAll
  static void requireGraphviz() {
    boolean found;
    try {
      Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      found = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      found = false;
    }
    assumeTrue(
        found,
        "Graphviz `dot` is not on the PATH: these tests need it to render the dot"
            + " export (Debian: apt-get install graphviz); skipped");
  }

  private Rendered render(Dataset data) throws Exception {
    Path source = dir.resolve("network.dot");
    Path errors = dir.resolve("errors.txt");
    Files.write(source, Exports.export(new DotExporter(), data).bytes());
    Process p =
        new ProcessBuilder("dot", "-Tsvg", source.toString())
            .redirectError(errors.toFile())
            .start();
    byte[] svg = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("dot finished").isTrue();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document document =
        svg.length == 0 ? null : factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    return new Rendered(p.exitValue(), Files.readString(errors), document);
  }

  /** The {@code <title>} of each {@code <g class=CLASS>}: node ids, cluster names, edges. */
  private static List<String> titles(Document svg, String kind) {
    List<String> titles = new ArrayList<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int k = 0; k < groups.getLength(); k++) {
      Element g = (Element) groups.item(k);
      if (g.getAttribute("class").equals(kind)) {
        titles.add(g.getElementsByTagName("title").item(0).getTextContent());
      }
    }
    return titles;
  }

  /** The tooltips ({@code xlink:title}) of the SVG, where Graphviz puts them. */
  private static List<String> tooltips(Document svg) {
    List<String> tips = new ArrayList<>();
    NodeList links = svg.getElementsByTagName("a");
    for (int k = 0; k < links.getLength(); k++) {
      tips.add(((Element) links.item(k)).getAttribute("xlink:title"));
    }
    return tips;
  }

  @Test
  void examples_renderWithoutWarnings_aNodePerInstitution_clustersAndEdges() throws Exception {
    // given
    Dataset data = Exports.examples();
    Network network = Network.of(data);

    // when
    Rendered r = render(data);

    // then
    assertThat(r.errors()).as("dot's warnings").isEmpty();
    assertThat(r.status()).isZero();
    assertThat(titles(r.svg(), "node"))
        .containsExactlyInAnyOrderElementsOf(
            data.institutions().stream().map(i -> i.id().value()).toList());
    assertThat(titles(r.svg(), "cluster"))
        .containsExactlyInAnyOrderElementsOf(
            data.institutions().stream()
                .filter(i -> !data.childrenOf(i).isEmpty())
                .map(i -> "cluster_" + i.id())
                .toList());
    assertThat(titles(r.svg(), "edge"))
        .hasSize(network.edges().size())
        .contains("zhejiang-chamber-shanghai->zhongqiao", "qiangfeng->zhongqiao.info-eng")
        .doesNotContain("qiangfeng.party-branch->zhongqiao.info-eng");
  }

  @Test
  void trickyText_quotesBackslashesAndChineseRenderAsWritten() throws Exception {
    // given
    Dataset data = Exports.tricky();

    // when
    Rendered r = render(data);

    // then
    assertThat(r.errors()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(tooltips(r.svg()))
        .contains(
            "Università \"Nord\", Campus | *Main* #1 (university)",
            "Lab of `code` & <html> \\ backslash (department)",
            data.institution("firm").orElseThrow().name() + " (enterprise)",
            data.delegation("visit.full").orElseThrow().title().orElseThrow());
  }

  @Test
  void aNameEndingInABackslash_doesNotEscapeTheClosingQuote() throws Exception {
    // given
    Dataset data =
        DatasetReader.create()
            .readString(
                "liaison: 1\ninstitutions:\n" + "  - {id: odd, name: 'C:\\', kind: other}\n",
                "odd.yaml")
            .dataset();

    // when
    Rendered r = render(data);

    // then
    assertThat(DotExporter.quote("C:\\")).isEqualTo("\"C:\\\\ \"");
    assertThat(r.errors()).isEmpty();
    assertThat(titles(r.svg(), "node")).containsExactly("odd");
    assertThat(new String(Files.readAllBytes(dir.resolve("network.dot")), StandardCharsets.UTF_8))
        .contains("label=\"C:\\\\ \"");
  }
}
