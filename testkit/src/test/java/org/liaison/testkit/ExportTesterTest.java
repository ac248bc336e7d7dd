package org.liaison.testkit;

import static org.liaison.testkit.LiaisonAssertions.assertThat;
import static org.liaison.testkit.LiaisonAssertions.assertThatThrownBy;
import static org.liaison.testkit.LiaisonAssertions.problem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.model.Severity;
import org.liaison.plugins.ConfigException;

/** The tester runs an exporter as {@code liaison export} does: options, reports, levels. */
class ExportTesterTest {
  private final LiaisonTester tester = LiaisonTester.of(new IdsExporter());

  @Test
  void export_givesTheBytesAndTheDeclaredDefaults() {
    ExportResult result = tester.export(Fixtures.VISITS);

    assertThat(result).hasText("- led\n");
    assertThat(result.options()).containsExactly(Map.entry("prefix", "- "));
  }

  @Test
  void export_reportsWhatTheExporterLeftOut_withItsPointerAndDeclaredSeverity() {
    ExportResult result = tester.export(Path.of("src/test/resources/data/visits.yaml"));

    assertThat(result)
        .hasOnlyProblems(
            problem("ids/untitled")
                .at(14, 11)
                .atPointer("/delegations/1/date")
                .forRecord("alone")
                .withSeverity(Severity.INFO)
                .withMessageContaining("left out"));
  }

  @Test
  void withOption_winsOverTheConfigurationWhichWinsOverTheDefault() {
    LiaisonTester configured =
        tester.withConfig(
            """
        rules:
          ids: {options: {prefix: "* ", suffix: ";"}}
        """);

    assertThat(configured.export(Fixtures.VISITS)).hasText("* led;\n");
    assertThat(configured.withOption("prefix", "> ").export(Fixtures.VISITS)).hasText("> led;\n");
  }

  @Test
  void withOption_unknown_isRefusedWithASuggestion() {
    assertThatThrownBy(() -> tester.withOption("prefx", "x").export(Fixtures.VISITS))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "the exporter `ids` has no option `prefx` — did you mean `prefix`?"
                + " Options: prefix, suffix.");
  }

  @Test
  void withConfig_setsTheLevelOfAnExportersCode() {
    assertThat(tester.withConfig("rules: {ids/untitled: warning}\n").export(Fixtures.VISITS))
        .hasProblem("ids/untitled")
        .withSeverity(Severity.WARNING);
    assertThat(tester.withConfig("rules: {ids: off}\n").export(Fixtures.VISITS)).hasNoProblems();
  }

  @Test
  void export_ofDataWithErrors_failsNamingThem() {
    assertThatThrownBy(() -> tester.export("liaison: 1\nfoo: 1\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data.yaml:2:1: error [field.unknown]");
  }

  @Test
  void export_ofAFilesExporter_givesEachFile() {
    ExportResult result = LiaisonTester.discovered().withFormat("csv").export(Fixtures.VISITS);

    assertThat(result).file("institutions.csv").startsWith("id,").contains("Zhongqiao");
    assertThat(result.wroteFiles()).isTrue();
    assertThatThrownBy(result::text)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("use file(name)");
  }

  @Test
  void testExportContext_recordsReportsAndGivesItsOptions() throws Exception {
    TestExportContext context = TestExportContext.withOptions(Map.of("prefix", "+"));
    var out = new ByteArrayOutputStream();

    new IdsExporter().export(tester.read(Fixtures.VISITS).dataset(), out, context);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("+led\n");
    assertThat(context.reported())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("untitled");
              assertThat(r.pointer()).isEqualTo("/date");
            });
  }
}
