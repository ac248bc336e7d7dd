package org.liaison.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config} and {@code liaison plugins}, through {@link Liaison#run}. */
class PluginOptionsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Liaison.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void config_missingFile_isAUsageError(@TempDir Path dir) {
    // given
    Path missing = dir.resolve("no-such-liaison.yaml");

    // when
    int status = run("validate", "--config", missing.toString(), "../examples");

    // then
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("no such configuration file: " + missing);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void config_withAnUnknownRule_isAConfigurationErrorWithTheNearestRule(@TempDir Path dir)
      throws Exception {
    // given
    Path config = dir.resolve("liaison.yaml");
    Files.writeString(config, "rules:\n  source.mising: off\n");

    // when
    int status = run("validate", "--config", config.toString(), "../examples");

    // then
    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("liaison: " + config + ":2:")
        .contains("unknown rule `source.mising` — did you mean `source.missing`?");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void config_switchingACodeOff_isHonouredByValidate(@TempDir Path dir) throws Exception {
    // given a signed agreement without signedOn, and that warning switched off
    Path data = dir.resolve("data.yaml");
    Files.writeString(
        data,
        """
        liaison: 1
        institutions:
          - {id: zq, name: Zhongqiao, kind: university}
          - {id: qf, name: Qiangfeng Group, kind: enterprise-group}
        agreements:
          - {id: coop, title: Cooperation, kind: strategic-cooperation, status: signed,
             parties: [zq, qf], sources: [src]}
        sources:
          - {id: src, title: An article}
        """);
    Files.writeString(dir.resolve("liaison.yaml"), "rules:\n  signed-on.missing: off\n");

    // when the configuration is found beside the data
    int status = run("validate", "--fail-on", "warning", data.toString());

    // then
    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void plugins_listsTheBuiltInValidatorsAndExporters() {
    // when
    int status = run("plugins");

    // then
    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString())
        .containsPattern("(?m)^validator +liaison\\.integrity ")
        .containsPattern("(?m)^validator +liaison\\.identifiers ")
        .containsPattern("(?m)^validator +liaison\\.completeness ")
        .containsPattern("(?m)^exporter +json ")
        .containsPattern("(?m)^exporter +yaml ")
        .containsPattern("(?m)^  area\\.unknown +error ");
    assertThat(err.toString()).isEmpty();
  }
}
