package com.example.liaison;

import static org.liaison.testkit.LiaisonAssertions.assertThat;
import static org.liaison.testkit.LiaisonAssertions.assertThatThrownBy;
import static org.liaison.testkit.LiaisonAssertions.problem;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.model.Severity;
import org.liaison.plugins.ConfigException;
import org.liaison.plugins.ValidationReport;
import org.liaison.testkit.LiaisonTester;
import org.liaison.testkit.TestValidationContext;

/** The example validator run as {@code liaison validate} runs it, with the test kit. */
class SourceCountValidatorTest {
  // guide:validator-test
  private final LiaisonTester tester = LiaisonTester.of(new SourceCountValidator());

  private static final String VISIT =
      """
      liaison: 1
      institutions:
        - {id: zq, name: Zhongqiao, kind: university}
        - {id: chamber, name: Zhejiang Chamber of Commerce, kind: association}
      delegations:
        - id: visit
          date: "2024-03-21"
          visiting: {institutions: [chamber]}
          host: {institutions: [zq]}
          sources: [src]
      sources:
        - {id: src, title: An article}
      """;

  @Test
  void validate_oneSource_isEnoughByDefault() {
    assertThat(tester.validate(VISIT)).hasNoProblems();
  }

  @Test
  void validate_withMinimumTwo_reportsTooFewAtTheSources() {
    ValidationReport report =
        tester
            .withConfig(
                """
            rules:
              example.sources: {options: {minimum: "2"}}
            """)
            .validate(Path.of("src/test/resources/data/visits.yaml"));

    assertThat(report)
        .hasOnlyProblems(
            problem("example.sources/too-few")
                .at(11, 14)
                .withSeverity(Severity.WARNING)
                .atPointer("/delegations/0/sources")
                .withMessageContaining("cites 1 source(s), fewer than the 2"));
  }

  @Test
  void config_withAnUnknownOption_isRefusedWithASuggestion() {
    assertThatThrownBy(
            () ->
                tester.withConfig(
                    """
            rules:
              example.sources: {options: {minimun: "2"}}
            """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(
            "`example.sources` has no option `minimun` — did you mean" + " `minimum`?");
  }

  // end:validator-test

  @Test
  void validate_inlineText_placesTooFewAtTheSources() {
    assertThat(
            tester
                .withConfig("rules: {example.sources: {options: {minimum: \"2\"}}}\n")
                .validate(VISIT))
        .hasProblem("example.sources/too-few")
        .at(10, 14)
        .withSeverity(Severity.WARNING);
  }

  @Test
  void validate_aSuppressionCommentAboveTheValue_suppressesIt() {
    // the guide's §6 example: the comment stands on the line above the value reported
    ValidationReport report =
        tester
            .withConfig(Path.of("src/test/resources/suppressed/liaison.yaml"))
            .validate(Path.of("src/test/resources/suppressed/visits.yaml"));

    assertThat(report).hasNoProblems();
  }

  @Test
  void validate_aSuppressionOfACodeTurnedOff_saysTheCodeIsOff() {
    ValidationReport report =
        tester
            .withConfig("rules: {example.sources/too-few: off}\n")
            .validate(Path.of("src/test/resources/suppressed/visits.yaml"));

    assertThat(report)
        .hasOnlyProblems(
            problem("suppression.unused")
                .at(11, 5)
                .withSeverity(Severity.INFO)
                .withMessageContaining("the configuration turns example.sources/too-few off"));
  }

  @Test
  void validate_inATestContext_reportsTheCodeWithoutTheId() {
    TestValidationContext context = TestValidationContext.withOptions(Map.of("minimum", "3"));

    new SourceCountValidator().validate(tester.read(VISIT).dataset(), context);

    assertThat(context.reported())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("too-few");
              assertThat(r.recordId().value()).isEqualTo("visit");
              assertThat(r.pointer()).isEqualTo("/sources");
            });
  }
}
