package com.example.liaison;

import static org.liaison.testkit.LiaisonAssertions.assertThat;
import static org.liaison.testkit.LiaisonAssertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.liaison.plugins.ConfigException;
import org.liaison.testkit.LiaisonTester;

/** The example exporter run as {@code liaison export} runs it, with the test kit. */
class SummaryExporterTest {
  // guide:exporter-test
  private final LiaisonTester tester = LiaisonTester.of(new SummaryExporter());

  private static final String VISIT =
      """
      liaison: 1
      institutions:
        - {id: zq, name: Zhongqiao, kind: university}
      delegations:
        - id: visit
          title: A visit
          date: "2024-03-21"
          visiting: {institutions: [zq]}
          host: {institutions: [zq]}
      """;

  @Test
  void export_listsCountsAndOneLinePerDelegation() {
    assertThat(tester.export(VISIT))
        .hasText(
            "1 institutions, 0 people, 1 delegations, 0 agreements, 0 sources\n"
                + "2024-03-21  A visit (host: Zhongqiao)\n")
        .hasNoProblems();
  }

  @Test
  void export_withTheSeparatorOption_writesIt() {
    assertThat(tester.withOption("separator", " | ").export(VISIT))
        .text()
        .endsWith("2024-03-21 | A visit (host: Zhongqiao)\n");
  }

  @Test
  void export_withAnUnknownOption_isRefusedWithASuggestion() {
    assertThatThrownBy(() -> tester.withOption("seperator", " | ").export(VISIT))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("has no option `seperator` — did you mean `separator`?");
  }
  // end:exporter-test
}
