package org.liaison.testkit;

import static org.liaison.testkit.LiaisonAssertions.assertThat;
import static org.liaison.testkit.LiaisonAssertions.assertThatThrownBy;
import static org.liaison.testkit.LiaisonAssertions.problem;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.model.Institution;
import org.liaison.model.Severity;
import org.liaison.plugins.ConfigException;
import org.liaison.plugins.ValidationReport;

/** The tester runs a validator as {@code liaison validate} does, from text and from files. */
class LiaisonTesterTest {
  private static final Path VISITS = Path.of("src/test/resources/data/visits.yaml");
  private final LiaisonTester tester = LiaisonTester.of(new NoLeaderValidator());

  @Test
  void validate_inlineText_reportsTheValidatorsProblemsAtTheRecord() {
    ValidationReport report = tester.validate(Fixtures.VISITS);

    assertThat(report)
        .hasProblem("acme.delegations/no-leader")
        .at(13, 5)
        .inFile("data.yaml")
        .withSeverity(Severity.WARNING)
        .forRecord("alone")
        .atPointer("/delegations/1")
        .withMessageContaining("has no leader")
        .once();
    assertThat(report).hasProblemCount(2).hasNoProblem("source.missing");
  }

  @Test
  void validate_validText_hasNoProblems() {
    assertThat(
            tester.validate(
                Fixtures.VISITS
                    .replace("  - id: alone\n", "  - id: alone\n" + "    title: Alone\n")
                    .replace(
                        "visiting: {institutions: [chamber]}",
                        "visiting: {institutions: [chamber], members: [{person: wang}]}")))
        .hasNoProblems();
  }

  @Test
  void validate_json_isNamedDataJson() {
    ValidationReport report =
        tester.validate(
            """
        {"liaison": 1,
         "institutions": [{"id": "zq", "name": "Zhongqiao", "kind": "university"}],
         "delegations": [{"id": "d", "title": "T", "date": "2024",
           "visiting": {"institutions": ["zq"]}, "host": {"institutions": ["zq"]}}]}
        """);

    assertThat(report)
        .hasOnlyProblems(problem("acme.delegations/no-leader").inFile("data.json").atLine(3));
  }

  @Test
  void validate_includesTheReadersProblems_atTheirValue() {
    ValidationReport report =
        tester.validate(
            Fixtures.VISITS.replace("title: The chamber visits", "titel: The chamber visits"));

    assertThat(report)
        .hasProblem("field.unknown")
        .at(9, 5)
        .withSeverity(Severity.ERROR)
        .withMessageContaining("did you mean `title`");
  }

  @Test
  void validate_file_placesAValueProblemAtTheValue() {
    ValidationReport report = tester.validate(VISITS);

    assertThat(report)
        .hasOnlyProblems(
            problem("acme.delegations/no-leader").inFile(VISITS.toString()).at(13, 5),
            problem("acme.delegations/untitled")
                .inFile(VISITS.toString())
                .at(14, 11)
                .withSeverity(Severity.INFO)
                .atPointer("/delegations/1/date"));
  }

  @Test
  void validate_inlineText_placesAValueProblemAtTheValue() {
    assertThat(tester.validate(Fixtures.VISITS)).hasProblem("acme.delegations/untitled").at(14, 11);
  }

  @Test
  void validate_file_honoursASuppressionComment() {
    assertThat(tester.validate(Path.of("src/test/resources/data/suppressed.yaml"))).hasNoProblems();
  }

  @Test
  void validate_inlineText_honoursASuppressionComment() {
    assertThat(
            tester.validate(
                """
        liaison: 1
        institutions:
          - {id: zq, name: Zhongqiao, kind: university}
        delegations:
          # liaison-disable-next-line acme.delegations/no-leader -- the report names nobody
          - id: alone
            title: A visit
            date: "2024-04-02"
            visiting: {institutions: [zq]}
            host: {institutions: [zq]}
        """))
        .hasNoProblems();
  }

  @Test
  void withConfig_text_setsLevelsAndOptions() {
    ValidationReport report =
        tester
            .withConfig(
                """
        rules:
          acme.delegations: {options: {titles: optional}}
          acme.delegations/no-leader: error
        """)
            .validate(Fixtures.VISITS);

    assertThat(report)
        .hasOnlyProblems(problem("acme.delegations/no-leader").withSeverity(Severity.ERROR));
  }

  @Test
  void withConfig_text_turnsACodeOffForTheFilesAnOverrideMatches() {
    ValidationReport report =
        tester
            .withConfig(
                """
        overrides:
          - files: ["data.yaml"]
            rules: {acme.delegations/untitled: off}
        """)
            .validate(Fixtures.VISITS);

    assertThat(report).hasOnlyProblems(problem("acme.delegations/no-leader"));
  }

  @Test
  void withConfig_anUnknownOption_isRefusedAsTheCommandRefusesIt() {
    assertThatThrownBy(
            () ->
                tester.withConfig(
                    """
        rules:
          acme.delegations: {options: {title: optional}}
        """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("liaison.yaml:2:32: `acme.delegations` has no option `title`")
        .hasMessageContaining("did you mean `titles`?");
  }

  @Test
  void withConfig_anOverrideMatchingNoFile_isReportedAsInfo() {
    ValidationReport report =
        tester
            .withConfig(
                """
        overrides:
          - files: ["legacy/**"]
            rules: {acme.delegations: off}
        """)
            .validate(Fixtures.VISITS);

    assertThat(report)
        .hasProblem("override.unused")
        .inFile("liaison.yaml")
        .at(2, 5)
        .withSeverity(Severity.INFO)
        .withMessageContaining("`legacy/**`");
  }

  @Test
  void discovered_runsTheBuiltInValidatorsAsTheCommandDoes() {
    ValidationReport report = LiaisonTester.discovered().validate(Fixtures.VISITS);

    assertThat(report)
        .hasProblem("source.missing")
        .forRecord("alone")
        .atLine(13)
        .withSeverity(Severity.WARNING);
    assertThat(report).hasNoProblem("acme.delegations/no-leader");
  }

  @Test
  void read_givesTheDatasetForDatasetAssertions() {
    assertThat(tester.read(Fixtures.VISITS).dataset())
        .hasInstitutions(2)
        .hasPeople(1)
        .hasDelegations(2)
        .hasAgreements(0)
        .hasSources(0)
        .hasSize(5)
        .doesNotHaveRecord("nobody")
        .hasRecord("zq", Institution.class)
        .extracting(i -> i.name())
        .isEqualTo("Zhongqiao");
  }

  @Test
  void validate_withTheOptionInTheTestContext_sameCodesAsTheRun() {
    TestValidationContext context = TestValidationContext.withOptions(Map.of("titles", "optional"));

    new NoLeaderValidator().validate(tester.read(Fixtures.VISITS).dataset(), context);

    assertThat(context.codes()).containsExactly("no-leader");
    assertThat(context.reported())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recordId().value()).isEqualTo("alone");
              assertThat(r.pointer()).isEmpty();
              assertThat(r.toString())
                  .isEqualTo(
                      "[no-leader] alone: delegation `alone` has no leader:" + " name its members");
            });
  }
}
