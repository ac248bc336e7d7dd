package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.json.JsonMapper;

/** Every report format and exit status, through the real jar. */
class ReportFormatsIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  Run liaison(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of(System.getProperty("liaison.jar", "target/liaison.jar"))
                    .toAbsolutePath()
                    .toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("liaison", ".out");
    Path err = Files.createTempFile("liaison", ".err");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().remove("GITHUB_ACTIONS");
    pb.environment().remove("GITHUB_STEP_SUMMARY");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  Run liaison(String... args) throws IOException, InterruptedException {
    return liaison(Map.of(), args);
  }

  @BeforeEach
  void data() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(
        dir.resolve("data/good.yaml"),
        "liaison: 1\ninstitutions:\n"
            + "  - {id: zq, name: Zhongqiao, kind: university}\n"
            + "  - {id: ch, name: Chamber, kind: association}\n");
    Files.writeString(
        dir.resolve("data/bad.yaml"),
        "liaison: 1\nagreements:\n"
            + "  - id: ag\n    title: \"Order class, 50% of places\"\n    kind: order-class\n"
            + "    status: signed\n    parties: [zq, ch]\n    areas: [robots]\n");
    Files.createDirectories(dir.resolve("clean"));
    Files.copy(dir.resolve("data/good.yaml"), dir.resolve("clean/good.yaml"));
    Files.createDirectories(dir.resolve("warn"));
    Files.writeString(
        dir.resolve("warn/w.yaml"),
        "liaison: 1\ninstitutions:\n"
            + "  - {id: a, name: Same, kind: school}\n  - {id: b, name: Same, kind: school}\n");
  }

  @Test
  void text_isTheDefault_andExitsOneOnErrors() throws Exception {
    Run run = liaison("validate", "data");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            "data/bad.yaml:3:5: warning [source.missing] /agreements/0: agreement `ag` cites no"
                + " source: add `sources` with the id of the article or document it comes from",
            "data/bad.yaml:6:13: warning [signed-on.missing] /agreements/0/status: agreement `ag` is"
                + " signed but has no `signedOn`: add the date it was signed, as precise as the"
                + " source gives it",
            "data/bad.yaml:8:13: error [area.unknown] /agreements/0/areas/0: `robots` is not a"
                + " cooperation area: use a code of the vocabulary, or start your own with `x-`");
    assertThat(run.err()).isEqualTo("2 files, 3 records: 1 error, 2 warnings, 0 info\n");
  }

  @Test
  void exitStatus_zeroWhenClean_oneOnWarningsOnlyWithFailOnWarning() throws Exception {
    assertThat(liaison("validate", "clean").status()).isZero();
    assertThat(liaison("validate", "warn").status()).isZero();
    assertThat(liaison("validate", "--fail-on", "warning", "warn").status()).isEqualTo(1);
  }

  @Test
  void exitStatus_twoForAnUnknownFormatOrTwoReportsOnStdout() throws Exception {
    Run unknown = liaison("validate", "--format", "xml", "data");
    Run twice = liaison("validate", "--format", "json", "--format", "sarif", "data");

    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown format `xml`");
    assertThat(twice.status()).isEqualTo(2);
    assertThat(twice.err()).contains("only one report can go to standard output");
  }

  @Test
  void json_passesItsOwnSchema() throws Exception {
    Run run = liaison("validate", "--format", "json", "data");

    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(Path.of("../docs/report.schema.json").toAbsolutePath()));
    assertThat(schema.validate(JSON.readTree(run.out()))).isEmpty();
    assertThat(JSON.readTree(run.out()).at("/problems/2/code").asString())
        .isEqualTo("area.unknown");
    assertThat(JSON.readTree(run.out()).at("/summary/errors").asInt()).isEqualTo(1);
  }

  @Test
  void sarif_passesTheSarif210Schema_withOneRulePerCodeAndRelativeUris() throws Exception {
    Run run = liaison("validate", "--format", "sarif", "data");

    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    var sarif = JSON.readTree(run.out());
    assertThat(schema.validate(sarif)).isEmpty();
    var rules = sarif.at("/runs/0/tool/driver/rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asString()));
    assertThat(ids).doesNotHaveDuplicates().contains("area.unknown", "ref.unknown");
    var result = sarif.at("/runs/0/results/2");
    assertThat(result.get("ruleId").asString()).isEqualTo("area.unknown");
    assertThat(ids.get(result.get("ruleIndex").asInt())).isEqualTo("area.unknown");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
        .endsWith("data/bad.yaml")
        .doesNotStartWith("/");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(8);
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString())
        .isEqualTo("/agreements/0/areas/0");
    assertThat(result.at("/partialFingerprints").size()).isEqualTo(1);
  }

  @Test
  void sarif_fingerprintsSurviveAnEditAboveTheProblem() throws Exception {
    String before =
        JSON.readTree(liaison("validate", "--format", "sarif", "data").out())
            .at("/runs/0/results/2/partialFingerprints")
            .toString();
    Files.writeString(
        dir.resolve("data/bad.yaml"),
        "# a comment that moves every line\n" + Files.readString(dir.resolve("data/bad.yaml")));

    var after =
        JSON.readTree(liaison("validate", "--format", "sarif", "data").out())
            .at("/runs/0/results/2");

    assertThat(after.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
    assertThat(after.at("/partialFingerprints").toString()).isEqualTo(before);
  }

  @Test
  void junit_oneTestCasePerFile_failingWhereThereAreProblems() throws Exception {
    Run run = liaison("validate", "--format", "junit", "data");

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(run.out())));
    Element suites = xml.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("data/bad.yaml");
    assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("data/good.yaml");
    Element failure = (Element) ((Element) cases.item(0)).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("1 error, 2 warnings");
    assertThat(failure.getTextContent()).contains("data/bad.yaml:8:13: error [area.unknown]");
    assertThat(((Element) cases.item(1)).getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void github_isChosenOnActions_escapesAndWritesTheStepSummary() throws Exception {
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "previous step\n");

    Run run =
        liaison(
            Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
            "validate",
            "data");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines())
        .contains(
            "::error file=data/bad.yaml,line=8,col=13,title=area.unknown::/agreements/0/areas/0:"
                + " `robots` is not a cooperation area: use a code of the vocabulary, or start your"
                + " own with `x-`",
            "::warning file=data/bad.yaml,line=3,col=5,title=source.missing::/agreements/0:"
                + " agreement `ag` cites no source: add `sources` with the id of the article or"
                + " document it comes from");
    assertThat(Files.readString(summary))
        .startsWith("previous step\n### liaison validate")
        .contains("| 2 | 3 | 1 | 2 | 0 |")
        .contains("`area.unknown`");
  }

  @Test
  void github_escapesPercentCommaColonAndNewlinesInPathsAndMessages() throws Exception {
    Files.createDirectories(dir.resolve("odd"));
    Files.writeString(
        dir.resolve("odd/a,b:c%.yaml"),
        "liaison: 1\nsources:\n" + "  - {id: s, title: t, lang: en, published: \"50%\"}\n");

    Run run = liaison("validate", "--format", "github", "odd");

    assertThat(run.out())
        .contains(
            "::error file=odd/a%2Cb%3Ac%25.yaml,line=3,col=44,"
                + "title=value.date::/sources/0/published: `50%25` is not a date");
  }

  @Test
  void severalFormats_inOneRun_eachToItsFile() throws Exception {
    Run run =
        liaison(
            "validate",
            "--format",
            "text",
            "--format",
            "sarif=out/r.sarif",
            "--format",
            "junit=out/r.xml",
            "--format",
            "json=out/r.json",
            "data");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("[area.unknown]");
    assertThat(dir.resolve("out/r.sarif")).content().contains("\"version\" : \"2.1.0\"");
    assertThat(dir.resolve("out/r.xml")).content().startsWith("<?xml");
    assertThat(dir.resolve("out/r.json")).content().contains("\"errors\" : 1");
  }

  @Test
  void color_alwaysColours_neverAndByDefaultWithoutATerminalDoNot() throws Exception {
    assertThat(liaison("validate", "--color", "always", "data").out()).contains("\u001b[");
    assertThat(liaison("validate", "--color", "never", "data").out()).doesNotContain("\u001b[");
    assertThat(liaison(Map.of("NO_COLOR", "1"), "validate", "data").out())
        .doesNotContain("\u001b[");
    assertThat(liaison("validate", "data").out()).doesNotContain("\u001b[");
  }

  @Test
  void schema_printsTheFormatSchema() throws Exception {
    Run run = liaison("schema");

    assertThat(run.status()).isZero();
    assertThat(JSON.readTree(run.out()).get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void helpAndVersion_workOnEveryCommand() throws Exception {
    assertThat(liaison("--version").out()).startsWith("liaison 0.1.0");
    for (String command : List.of("validate", "export", "plugins", "schema")) {
      Run run = liaison(command, "--help");
      assertThat(run.status()).isZero();
      assertThat(run.out()).contains("Usage: liaison " + command);
    }
  }
}
