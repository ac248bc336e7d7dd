package org.liaison.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The snippets of docs/maven-plugin.md and of the README are the pom the {@code docs-snippet}
 * integration test builds, and the descriptor and the docs document every parameter.
 */
class MavenPluginDocsTest {
  static final Path DOC = Path.of("../docs/maven-plugin.md");
  static final Path README = Path.of("../README.md");
  static final Path IT_POM = Path.of("src/it/docs-snippet/pom.xml");
  static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

  /** The XML blocks of a Markdown file. */
  static List<String> xmlBlocks(Path file) throws Exception {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?ms)^```xml\\n(.*?)^```").matcher(Files.readString(file));
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** The integration test's pom as a user would copy it: with this version. */
  static String itPom() throws Exception {
    return Files.readString(IT_POM)
        .replace("@project.version@", System.getProperty("project.version"));
  }

  @Test
  void theDocsPomIsTheOneTheIntegrationTestBuilds() throws Exception {
    assertThat(xmlBlocks(DOC).get(0)).isEqualTo(itPom());
  }

  @Test
  void theReadmeSnippetIsThePluginOfThatPom() throws Exception {
    String readme =
        xmlBlocks(README).stream()
            .filter(b -> b.contains("liaison-maven-plugin"))
            .findFirst()
            .orElseThrow();
    String plugin =
        itPom()
            .lines()
            .dropWhile(l -> !l.strip().equals("<plugin>"))
            .takeWhile(l -> !l.strip().equals("</plugins>"))
            .map(l -> l.substring(Math.min(6, l.length())))
            .reduce("", (a, b) -> a + b + "\n");
    assertThat(readme).isEqualTo(plugin);
  }

  @Test
  void everyParameterIsDocumentedInTheDescriptorAndTheDocs() throws Exception {
    Document d =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
    String doc = Files.readString(DOC);
    NodeList mojos = d.getElementsByTagName("mojo");
    List<String> goals = new ArrayList<>();
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      String goal = text(mojo, "goal");
      goals.add(goal);
      assertThat(text(mojo, "description")).as(goal).isNotBlank();
      NodeList params =
          ((Element) mojo.getElementsByTagName("parameters").item(0))
              .getElementsByTagName("parameter");
      for (int j = 0; j < params.getLength(); j++) {
        Element p = (Element) params.item(j);
        String name = text(p, "name");
        assertThat(text(p, "description")).as(goal + " " + name).isNotBlank();
        if (!goal.equals("help") && text(p, "editable").equals("true")) {
          assertThat(doc).as(goal + " " + name + " in the docs").contains("`" + name + "`");
        }
      }
    }
    assertThat(goals).contains("validate", "export", "help");
  }

  private static String text(Element e, String tag) {
    NodeList l = e.getElementsByTagName(tag);
    return l.getLength() == 0 ? "" : l.item(0).getTextContent();
  }
}
