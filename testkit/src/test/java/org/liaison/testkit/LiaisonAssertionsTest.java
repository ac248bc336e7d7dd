package org.liaison.testkit;

import static org.liaison.testkit.LiaisonAssertions.assertThat;
import static org.liaison.testkit.LiaisonAssertions.assertThatThrownBy;
import static org.liaison.testkit.LiaisonAssertions.problem;

import org.junit.jupiter.api.Test;
import org.liaison.model.Dataset;
import org.liaison.model.Person;
import org.liaison.model.Problem;
import org.liaison.model.Severity;
import org.liaison.plugins.ValidationReport;

/** The kit's assertions fail when they should, saying what was expected and what was found. */
class LiaisonAssertionsTest {
  /** no-leader at 13:5 (warning) and untitled (info), both about the record `alone`. */
  private final ValidationReport report =
      LiaisonTester.of(new NoLeaderValidator()).validate(Fixtures.VISITS);

  @Test
  void hasProblem_aWrongLine_fails_listingTheProblemsWithTheCode() {
    assertThatThrownBy(() -> assertThat(report).hasProblem("acme.delegations/no-leader").atLine(18))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a problem acme.delegations/no-leader at line 18")
        .hasMessageContaining("data.yaml:13:5: warning [acme.delegations/no-leader]")
        .hasMessageContaining("line 13, not 18");
  }

  @Test
  void hasProblem_aWrongColumn_fails() {
    assertThatThrownBy(() -> assertThat(report).hasProblem("acme.delegations/no-leader").at(13, 6))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("column 5, not 6");
  }

  @Test
  void hasProblem_aMissingCode_fails_listingEveryProblem() {
    assertThatThrownBy(() -> assertThat(report).hasProblem("acme.delegations/no-lead"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no problem has the code acme.delegations/no-lead")
        .hasMessageContaining("[acme.delegations/untitled]");
  }

  @Test
  void hasProblem_aWrongSeverityOrMessage_fails() {
    assertThatThrownBy(
            () ->
                assertThat(report)
                    .hasProblem("acme.delegations/no-leader")
                    .withSeverity(Severity.ERROR))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("severity warning, not error");
    assertThatThrownBy(
            () ->
                assertThat(report)
                    .hasProblem("acme.delegations/no-leader")
                    .withMessageContaining("no chief"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("message without \"no chief\"");
  }

  @Test
  void hasProblem_narrowing_keepsOnlyProblemsMatchingEveryStep() {
    // no-leader is a warning and untitled an info: no one problem is both untitled and a warning
    assertThatThrownBy(
            () ->
                assertThat(report)
                    .hasProblem("acme.delegations/untitled")
                    .forRecord("alone")
                    .withSeverity(Severity.WARNING))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void once_twoMatches_fails() {
    ValidationReport both =
        LiaisonTester.of(new NoLeaderValidator())
            .validate(Fixtures.VISITS.replace("members: [{person: wang}]", "members: []"));

    assertThat(both)
        .hasProblem("acme.delegations/no-leader")
        .atLine(13)
        .once()
        .first()
        .hasCode("acme.delegations/no-leader")
        .isAboutRecord("alone");
    assertThatThrownBy(() -> assertThat(both).hasProblem("acme.delegations/no-leader").once())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting one problem acme.delegations/no-leader but found 2");
  }

  @Test
  void hasNoProblems_withProblems_failsListingThem() {
    assertThatThrownBy(() -> assertThat(report).hasNoProblems())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no problems but found 2:")
        .hasMessageContaining("info [acme.delegations/untitled] /delegations/1/date");
  }

  @Test
  void hasOnlyProblems_aMissingOrAnExtraProblem_fails_namingIt() {
    assertThat(report)
        .hasOnlyProblems(
            problem("acme.delegations/untitled"), problem("acme.delegations/no-leader").at(13, 5));

    assertThatThrownBy(
            () -> assertThat(report).hasOnlyProblems(problem("acme.delegations/no-leader")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("unexpected: data.yaml:")
        .hasMessageContaining("info [acme.delegations/untitled]");
    assertThatThrownBy(
            () ->
                assertThat(report)
                    .hasOnlyProblems(
                        problem("acme.delegations/no-leader"),
                        problem("acme.delegations/untitled"),
                        problem("area.unknown")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("missing: area.unknown");
  }

  @Test
  void hasNoProblem_hasProblemCount_fail() {
    assertThatThrownBy(() -> assertThat(report).hasNoProblem("acme.delegations/untitled"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(report).hasProblemCount(3))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting 3 problems");
  }

  @Test
  void problemAssert_failsOnEachWrongPart() {
    Problem p = report.problems().get(0);

    assertThat(p).hasCode(p.code()).isAt(13, 5).isInFile("data.yaml").isAboutRecord("alone");
    assertThatThrownBy(() -> assertThat(p).isAt(13, 4))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("column 5, not 4");
    assertThatThrownBy(() -> assertThat(p).hasPointer("/x")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(p).hasMessage("x")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(p).isAtLine(1)).isInstanceOf(AssertionError.class);
  }

  @Test
  void datasetAssert_failsOnAWrongCountOrAMissingRecord() {
    Dataset data = LiaisonTester.of().read(Fixtures.VISITS).dataset();

    assertThatThrownBy(() -> assertThat(data).hasDelegations(3))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting 3 delegations but the dataset has 2");
    assertThatThrownBy(() -> assertThat(data).hasRecord("nobody"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no");
    assertThatThrownBy(() -> assertThat(data).hasRecord("zq", Person.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("it is a institution");
    assertThatThrownBy(() -> assertThat(data).doesNotHaveRecord("zq"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void exportResultAssert_failsOnWrongTextOrMissingFile() {
    ExportResult result = LiaisonTester.of(new IdsExporter()).export(Fixtures.VISITS);

    assertThatThrownBy(() -> assertThat(result).hasText("- alone\n"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(result).file("x.csv"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to write the file x.csv");
    assertThatThrownBy(() -> assertThat(result).hasNoProblems())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[ids/untitled]");
  }
}
