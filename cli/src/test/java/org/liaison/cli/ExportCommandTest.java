package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.plugins.Validation;

/** {@code liaison export} through {@link Liaison#run}, on real files. */
class ExportCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return Liaison.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void exportYaml_ofTheExamples_writesAFileThatReadsBackWithoutProblems() {
    // given
    Path target = dir.resolve("examples.yaml");
    LoadResult examples = DatasetReader.create().read(Path.of("../examples"));

    // when
    int status = run("export", "--format", "yaml", "--output", target.toString(), "../examples");

    // then
    assertThat(status).as(err.toString()).isZero();
    LoadResult back = DatasetReader.create().read(target);
    assertThat(back.problems()).isEmpty();
    assertThat(Validation.withDiscoveredPlugins().validate(back).problems()).isEmpty();
    assertThat(back.dataset().size()).isEqualTo(examples.dataset().size());
  }

  @Test
  void export_unknownFormat_isAUsageErrorListingTheFormats() {
    // given
    Path target = dir.resolve("out.txt");

    // when
    int status = run("export", "--format", "nope", "--output", target.toString(), "../examples");

    // then
    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "no exporter has the format `nope`; formats: csv, dot, ics, json, jsonld, markdown, mermaid, yaml");
    assertThat(target).doesNotExist();
  }

  @Test
  void export_ofDataWithErrors_exitsOneAndWritesNoFile() throws Exception {
    // given
    Path data = dir.resolve("broken.yaml");
    Files.writeString(
        data, "liaison: 1\ninstitutions:\n  - {id: zq, name: Zhongqiao," + " kind: univercity}\n");
    Path target = dir.resolve("out.json");

    // when
    int status = run("export", "--format", "json", "--output", target.toString(), data.toString());

    // then
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("[value.enum]").contains("nothing was exported");
    assertThat(target).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(data);
    }
  }

  /** A delegation whose date has no day: the ics exporter leaves it out (line 6, column 11). */
  private Path partialDate() throws Exception {
    Path data = dir.resolve("visit.yaml");
    Files.writeString(
        data,
        """
        liaison: 1
        institutions:
          - {id: zq, name: Zhongqiao, kind: university}
        delegations:
          - id: visit
            date: "2024-03"
            visiting: {institutions: [zq]}
            host: {institutions: [zq]}
        """);
    return data;
  }

  @Test
  void export_whatAnExporterReports_keepsItsPointerAndTheLocationOfTheValue() throws Exception {
    Path data = partialDate();
    Files.writeString(dir.resolve("liaison.yaml"), "");

    int status =
        run(
            "export",
            "--format",
            "ics",
            "--output",
            dir.resolve("out.ics").toString(),
            data.toString());

    assertThat(status).as(err.toString()).isZero();
    assertThat(err.toString())
        .contains(
            data
                + ":6:11: info [ics/date.partial]"
                + " /delegations/0/date: the delegation is not in the calendar");
  }

  @Test
  void export_whatAnExporterReports_honoursTheConfiguredLevel() throws Exception {
    Path data = partialDate();
    Files.writeString(dir.resolve("liaison.yaml"), "rules: {ics/date.partial: warning}\n");

    run("export", "--format", "ics", "--output", dir.resolve("a.ics").toString(), data.toString());
    String warning = err.toString();
    Files.writeString(dir.resolve("liaison.yaml"), "rules: {ics: off}\n");
    err.getBuffer().setLength(0);
    int status =
        run(
            "export",
            "--format",
            "ics",
            "--output",
            dir.resolve("b.ics").toString(),
            data.toString());

    assertThat(warning).contains("warning [ics/date.partial]");
    assertThat(status).isZero();
    assertThat(err.toString()).doesNotContain("date.partial");
  }

  @Test
  void validate_acceptsTheRulesOfAnExporterInTheConfiguration() throws Exception {
    Path data = partialDate();
    Files.writeString(dir.resolve("liaison.yaml"), "rules: {ics/date.partial: off}\n");

    int status = run("validate", data.toString());

    assertThat(err.toString()).doesNotContain("unknown rule");
    assertThat(status).as(err.toString()).isZero();
  }

  @Test
  void export_anOptionTheExporterDoesNotDeclare_isExitTwo() throws Exception {
    Path data = partialDate();
    Path target = dir.resolve("out.ics");

    int status =
        run(
            "export",
            "--format",
            "ics",
            "--option",
            "tz=UTC",
            "--output",
            target.toString(),
            data.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .contains("the exporter `ics` has no option `tz`. It takes no" + " options.");
    assertThat(target).doesNotExist();
  }

  @Test
  void export_anOptionInTheConfigurationTheExporterDoesNotDeclare_isExitTwo() throws Exception {
    Path data = partialDate();
    Files.writeString(dir.resolve("liaison.yaml"), "rules:\n  ics: {options: {tz: UTC}}\n");

    int status =
        run(
            "export",
            "--format",
            "ics",
            "--output",
            dir.resolve("o.ics").toString(),
            data.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("liaison.yaml:2:19: `ics` has no option `tz`.");
  }
}
