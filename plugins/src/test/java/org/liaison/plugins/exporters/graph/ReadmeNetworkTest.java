package org.liaison.plugins.exporters.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.model.Dataset;
import org.liaison.plugins.exporters.Exports;

/**
 * The README's picture of the example network is the current export: its Mermaid block is exactly
 * what {@code --format mermaid} writes for {@code examples/}, and {@code docs/network.svg} has a
 * node for every institution and an edge for every edge. When the examples change, regenerate both
 * with the commands in the README.
 */
class ReadmeNetworkTest {
  private static final String REGENERATE =
      "the README's network is out of date: regenerate it"
          + " as its section \"The network of the examples\" says";

  @Test
  void readmeMermaidBlock_isTheMermaidExportOfTheExamples() throws IOException {
    // given
    String readme = Files.readString(Path.of("../README.md"));
    Matcher block = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL).matcher(readme);

    // when
    String export = Exports.export(new MermaidExporter(), Exports.examples()).text();

    // then
    assertThat(block.find()).as("a ```mermaid block in README.md").isTrue();
    assertThat(block.group(1)).as(REGENERATE).isEqualTo(export);
  }

  @Test
  void networkSvg_hasANodePerInstitutionAndAnEdgePerEdge() throws IOException {
    // given
    String svg = Files.readString(Path.of("../docs/network.svg")).replace("&#45;", "-");
    Dataset data = Exports.examples();

    // when
    long edges = Pattern.compile("class=\"edge\"").matcher(svg).results().count();

    // then
    assertThat(data.institutions())
        .allSatisfy(i -> assertThat(svg).as(REGENERATE).contains("<title>" + i.id() + "</title>"));
    assertThat(edges).as(REGENERATE).isEqualTo(Network.of(data).edges().size());
  }
}
