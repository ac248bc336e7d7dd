package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The {@code junit} report of real runs, through the jar, passes the Jenkins JUnit schema ({@code
 * src/test/resources/junit/jenkins-junit.xsd}, origin in the README beside it) under the JDK's W3C
 * XML Schema validator; documents that break the schema are rejected, so the check can fail.
 */
class JunitSchemaIT {
  private static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws Exception {
    schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(JunitSchemaIT.class.getResource("/junit/jenkins-junit.xsd"));
  }

  @BeforeEach
  void datasets() throws IOException {
    copyExamplesTo(dir.resolve("clean"));
    copyExamplesTo(dir.resolve("data"));
    write(
        "data/bad.yaml",
        "liaison: 1\nagreements:\n  - id: ag\n    title: \"Order class\"\n"
            + "    kind: order-class\n    status: signed\n    parties: [zuel, zhongqiao]\n    areas: [robots]\n");
    write(
        "data/same-names.yaml",
        "liaison: 1\ninstitutions:\n"
            + "  - {id: a, name: Same, kind: school}\n  - {id: b, name: Same, kind: school}\n");
    write(
        "data/unused-comment.yaml",
        "liaison: 1\ninstitutions:\n"
            + "  # liaison-disable-next-line source.missing\n  - {id: q1, name: Quiet, kind: school}\n");
    write(
        "data/odd-characters.yaml",
        "liaison: 1\ninstitutions:\n"
            + "  - {id: c, name: n, kind: \"sch\\u0001ool ]]> <&> \\uFFFE\"}\n");
    write("data/broken.yaml", "liaison: 1\ninstitutions: [\n");
  }

  @Test
  void cleanDataset_passesTheSchema_oneTestCasePerFile_noneFailing() throws Exception {
    String xml = junit("clean");

    validate(xml);
    Document doc = parse(xml);
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(examples().size());
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void datasetWithProblems_passesTheSchema_withAFailurePerFileThatHasErrorsOrWarnings()
      throws Exception {
    String xml = junit("data");

    validate(xml);
    Document doc = parse(xml);
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(examples().size() + 5);
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("4");
    assertThat(failureOf(doc, "data/bad.yaml").getAttribute("message"))
        .isEqualTo("1 error, 2 warnings");
    assertThat(failureOf(doc, "data/same-names.yaml").getAttribute("type")).isEqualTo("warning");
    assertThat(failureOf(doc, "data/broken.yaml").getTextContent()).contains("[syntax]");
    assertThat(failureOf(doc, "data/odd-characters.yaml").getTextContent())
        .contains("`sch\uFFFDool ]]> <&> \uFFFD`");
    assertThat(testCase(doc, "data/unused-comment.yaml").getTextContent())
        .contains("info [suppression.unused]");
  }

  @Test
  void schema_rejectsATestCaseWithoutName() throws Exception {
    Document doc = parse(junit("data"));
    testCase(doc, "data/bad.yaml").removeAttribute("name");

    assertThatThrownBy(() -> schema.newValidator().validate(new DOMSource(doc)))
        .isInstanceOf(SAXParseException.class)
        .hasMessageContaining("'name'")
        .hasMessageContaining("'testcase'");
  }

  @Test
  void schema_rejectsTheFileAttributeTheReportUsedToWriteOnTestCases() throws Exception {
    Document doc = parse(junit("clean"));
    Element first = (Element) doc.getElementsByTagName("testcase").item(0);
    first.setAttribute("file", first.getAttribute("name"));

    assertThatThrownBy(() -> schema.newValidator().validate(new DOMSource(doc)))
        .isInstanceOf(SAXParseException.class)
        .hasMessageContaining("'file'");
  }

  private String junit(String dataset) throws IOException, InterruptedException {
    Path out = dir.resolve(dataset + ".xml");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of(System.getProperty("liaison.jar", "target/liaison.jar"))
                    .toAbsolutePath()
                    .toString(),
                "validate",
                "--format",
                "junit",
                dataset)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve(dataset + ".err").toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isIn(0, 1);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static void validate(String xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)));
  }

  private static Element testCase(Document doc, String name) {
    var cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no testcase " + name);
  }

  private static Element failureOf(Document doc, String name) {
    Element failure = (Element) testCase(doc, name).getElementsByTagName("failure").item(0);
    assertThat(failure).as("failure of " + name).isNotNull();
    return failure;
  }

  private void write(String file, String content) throws IOException {
    Files.writeString(dir.resolve(file), content);
  }

  private static List<Path> examples() throws IOException {
    try (var files = Files.list(Path.of("../examples"))) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static void copyExamplesTo(Path target) throws IOException {
    Files.createDirectories(target);
    for (Path f : examples()) {
      Files.copy(f, target.resolve(f.getFileName()));
    }
  }
}
