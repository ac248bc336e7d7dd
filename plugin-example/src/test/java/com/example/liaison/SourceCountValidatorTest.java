package com.example.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.io.DatasetReader;
import org.liaison.io.LoadResult;
import org.liaison.model.Severity;
import org.liaison.plugins.Config;
import org.liaison.plugins.ConfigException;
import org.liaison.plugins.Plugins;
import org.liaison.plugins.Validation;
import org.liaison.plugins.ValidationReport;

/** The example validator through Liaison's own validation run, as a plugin author tests one. */
class SourceCountValidatorTest {
  private static final Path DATA = Path.of("src/test/resources/data/visits.yaml");

  private static Validation validation() {
    return Validation.of(Plugins.of(List.of(new SourceCountValidator()), List.of()));
  }

  @Test
  void validate_byDefault_oneSourceIsEnough() {
    LoadResult load = DatasetReader.create().read(DATA);

    ValidationReport report = validation().validate(load);

    assertThat(report.problems()).isEmpty();
  }

  @Test
  void validate_withMinimumTwo_reportsTooFewAtTheSourcesOfTheRecord(@TempDir Path dir)
      throws Exception {
    Path config = dir.resolve("liaison.yaml");
    Files.writeString(config, "rules:\n  example.sources: {options: {minimum: \"2\"}}\n");

    ValidationReport report = validation().withConfig(Config.load(config))
        .validate(DatasetReader.create().read(DATA));

    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("example.sources/too-few");
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.pointer()).isEqualTo("/delegations/0/sources");
      assertThat(p.location().map(Object::toString)).hasValue(DATA + ":11:14");
      assertThat(p.message()).contains("cites 1 source(s), fewer than the 2");
    });
  }

  @Test
  void config_withAnUnknownOption_isRefusedWithASuggestion(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("liaison.yaml");
    Files.writeString(config, "rules:\n  example.sources: {options: {minimun: \"2\"}}\n");

    assertThatThrownBy(() -> validation().withConfig(Config.load(config)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("`example.sources` has no option `minimun` — did you mean"
            + " `minimum`?");
  }

  @Test
  void summary_listsCountsAndOneLinePerDelegation() throws Exception {
    var out = new java.io.ByteArrayOutputStream();

    new SummaryExporter().export(DatasetReader.create().read(DATA).dataset(), out, null);

    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
        "2 institutions, 0 people, 1 delegations, 0 agreements, 1 sources\n"
            + "2024-03-21  The chamber visits Zhongqiao (host: Shanghai Zhongqiao Vocational and"
            + " Technical University)\n");
  }

}
