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
    assertThat(err.toString()).contains("no exporter has the format `nope`; formats: csv, dot, ics, json, jsonld, markdown, mermaid, yaml");
    assertThat(target).doesNotExist();
  }

  @Test
  void export_ofDataWithErrors_exitsOneAndWritesNoFile() throws Exception {
    // given
    Path data = dir.resolve("broken.yaml");
    Files.writeString(data, "liaison: 1\ninstitutions:\n  - {id: zq, name: Zhongqiao,"
        + " kind: univercity}\n");
    Path target = dir.resolve("out.json");

    // when
    int status = run("export", "--format", "json", "--output", target.toString(),
        data.toString());

    // then
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("[value.enum]").contains("nothing was exported");
    assertThat(target).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(data);
    }
  }
}
